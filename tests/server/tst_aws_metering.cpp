// AWS metering at library level: day records through the real AwsMeteringGateway into the real
// sandbox BatchMeterUsage service on a real SQLite file: the mapping (one usage record per item,
// quantities rounded up, Timestamp = the day's end), calls of at most 25, the 6-hour window,
// CustomerNotSubscribed, and de-duplication (identical again accepted, another quantity refused).
#include <SqliteDatabase.h>
#include <marketplaces/aws/AwsMeteringGateway.h>
#include <marketplaces/aws/AwsSandboxMarket.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace billing;
using namespace billing::server;

namespace {
const QString kProduct = u"billingdesksandboxproduct"_qs;
const QString kSubscription = u"aws-0123456789abcdef0123"_qs;
const QString kCustomer = u"Cexample1"_qs;
const QString kGone = u"aws-fedcba9876543210fedc"_qs; // its customer is not subscribed
const qint64 kDayEnd =
    QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC).addSecs(-8 * 3600).toSecsSinceEpoch();

// Counts the BatchMeterUsage calls the gateway makes.
class RecordingApi : public BatchMeterUsageApi
{
public:
    explicit RecordingApi(BatchMeterUsageApi &inner)
        : m_inner(inner)
    {}
    BatchMeterUsageResult batchMeterUsage(const BatchMeterUsageRequest &request) override
    {
        m_calls.append(request);
        return m_inner.batchMeterUsage(request);
    }
    BatchMeterUsageApi &m_inner;
    QList<BatchMeterUsageRequest> m_calls;
};

MeteringRecord dayRecord(qint64 seq, const QString &subscription,
                         const QList<MeteringEntity> &entities)
{
    MeteringRecord record;
    record.seq = seq;
    record.instanceId = subscription;
    record.startTime = kDayEnd - 86400;
    record.endTime = kDayEnd;
    record.entities = entities;
    return record;
}

MeteringCallResult pushNow(MeteringGateway &gateway, const QList<MeteringRecord> &records,
                           qint64 secondsAfterDayEnd = 30)
{
    MeteringCallResult result;
    gateway.push({records, QDateTime::fromSecsSinceEpoch(kDayEnd + secondsAfterDayEnd, Qt::UTC)},
                 [&result](const MeteringCallResult &answer) { result = answer; });
    return result;
}
} // namespace

class TestAwsMetering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void quantitiesAreRoundedUp();
    void aDayBecomesOneUsageRecordPerItem();
    void identicalRecordsAgainAreAcceptedOnce();
    void anotherQuantityForTheSameHourIsADuplicate();
    void recordsSixHoursOldRefuseTheWholeCall();
    void unsubscribedCustomersAreRefusedOneByOne();
    void callsCarryAtMost25UsageRecords();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<AwsSandboxMarket> m_market;
    std::unique_ptr<RecordingApi> m_api;
    std::unique_ptr<AwsMeteringGateway> m_gateway;
};

void TestAwsMetering::init()
{
    m_gateway.reset();
    m_api.reset();
    m_market.reset();
    m_db = std::make_unique<SqliteDatabase>();
    QString error;
    QVERIFY2(m_db->open(m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch())
                                       + u".sqlite"_qs),
                        &error),
             qPrintable(error));
    m_market = std::make_unique<AwsSandboxMarket>(
        m_db->handle(), *m_db,
        [](const QString &customer, const QString &product) -> std::optional<QString> {
            if (customer == kCustomer && product == kProduct)
                return kSubscription;
            return std::nullopt;
        });
    m_api = std::make_unique<RecordingApi>(*m_market);
    m_gateway = std::make_unique<AwsMeteringGateway>(
        *m_api, [](const QString &id) -> std::optional<MarketplaceSubscription> {
            if (id != kSubscription && id != kGone)
                return std::nullopt;
            MarketplaceSubscription subscription;
            subscription.marketplace = SettlementMethod::Aws;
            subscription.instanceId = id;
            subscription.customer = {
                {u"customerIdentifier"_qs, id == kSubscription ? kCustomer : u"Cgone"_qs},
                {u"awsAccountId"_qs, u"123456789012"_qs}};
            subscription.productCode = kProduct;
            return subscription;
        });
}

void TestAwsMetering::quantitiesAreRoundedUp()
{
    QCOMPARE(AwsMeteringGateway::roundedUpQuantity(u"6000"_qs).value_or(-1), qint64(6000));
    QCOMPARE(AwsMeteringGateway::roundedUpQuantity(u"0.5"_qs).value_or(-1), qint64(1));
    QCOMPARE(AwsMeteringGateway::roundedUpQuantity(u"12.000"_qs).value_or(-1), qint64(12));
    QCOMPARE(AwsMeteringGateway::roundedUpQuantity(u"12.0001"_qs).value_or(-1), qint64(13));
    QCOMPARE(AwsMeteringGateway::roundedUpQuantity(u"0"_qs).value_or(-1), qint64(0));
    QCOMPARE(AwsMeteringGateway::roundedUpQuantity(u"2147483647"_qs).value_or(-1),
             qint64(2147483647));
    QVERIFY(!AwsMeteringGateway::roundedUpQuantity(u"2147483647.1"_qs));
    QVERIFY(!AwsMeteringGateway::roundedUpQuantity(u"-1"_qs));
    QVERIFY(!AwsMeteringGateway::roundedUpQuantity(u"1e3"_qs));
    QVERIFY(!AwsMeteringGateway::roundedUpQuantity(u""_qs));
}

void TestAwsMetering::aDayBecomesOneUsageRecordPerItem()
{
    const MeteringCallResult result = pushNow(
        *m_gateway,
        {dayRecord(1, kSubscription, {{u"logs"_qs, u"6000"_qs}, {u"rum_pv"_qs, u"0.5"_qs}})});
    QVERIFY2(result.accepted, qPrintable(result.error));
    QVERIFY(result.refused.isEmpty());
    QCOMPARE(m_api->m_calls.size(), 1);
    const QJsonObject call = m_api->m_calls.first().toJson();
    QCOMPARE(call.value(u"ProductCode").toString(), kProduct);
    const QString timestamp = QDateTime::fromSecsSinceEpoch(kDayEnd, Qt::UTC).toString(Qt::ISODate);
    QCOMPARE(call.value(u"UsageRecords").toArray(),
             QJsonArray({QJsonObject{{u"Timestamp"_qs, timestamp},
                                     {u"CustomerIdentifier"_qs, kCustomer},
                                     {u"Dimension"_qs, u"logs"_qs},
                                     {u"Quantity"_qs, 6000}},
                         QJsonObject{{u"Timestamp"_qs, timestamp},
                                     {u"CustomerIdentifier"_qs, kCustomer},
                                     {u"Dimension"_qs, u"rum_pv"_qs},
                                     {u"Quantity"_qs, 1}}}));
    const QJsonArray kept = m_market->accepted(kSubscription);
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(0)[u"subscriptionId"].toString(), kSubscription);
    QCOMPARE(kept.at(0)[u"ProductCode"].toString(), kProduct);
}

void TestAwsMetering::identicalRecordsAgainAreAcceptedOnce()
{
    const MeteringRecord record = dayRecord(1, kSubscription, {{u"logs"_qs, u"6000"_qs}});
    QVERIFY(pushNow(*m_gateway, {record}).accepted);
    const MeteringCallResult again = pushNow(*m_gateway, {record}, 600);
    QVERIFY(again.accepted);
    QVERIFY(again.refused.isEmpty());
    QCOMPARE(m_market->accepted(kSubscription).size(), 1);
}

void TestAwsMetering::anotherQuantityForTheSameHourIsADuplicate()
{
    QVERIFY(
        pushNow(*m_gateway, {dayRecord(1, kSubscription, {{u"logs"_qs, u"6000"_qs}})}).accepted);
    const MeteringCallResult changed =
        pushNow(*m_gateway, {dayRecord(2, kSubscription, {{u"logs"_qs, u"7000"_qs}})});
    QVERIFY(changed.accepted);
    QCOMPARE(changed.refused.value(2), u"DuplicateRecord"_qs);
    const QJsonArray kept = m_market->accepted(kSubscription);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.at(0)[u"Quantity"].toInteger(), 6000);
}

void TestAwsMetering::recordsSixHoursOldRefuseTheWholeCall()
{
    const MeteringCallResult late =
        pushNow(*m_gateway, {dayRecord(1, kSubscription, {{u"logs"_qs, u"6000"_qs}})}, 6 * 3600);
    QVERIFY(!late.accepted);
    QVERIFY2(late.error.startsWith(u"TimestampOutOfBoundsException"), qPrintable(late.error));
    QCOMPARE(m_market->accepted(QString()).size(), 0);
    // A second less is still in time.
    QVERIFY(
        pushNow(*m_gateway, {dayRecord(1, kSubscription, {{u"logs"_qs, u"6000"_qs}})}, 6 * 3600 - 1)
            .accepted);
    QCOMPARE(m_market->accepted(QString()).size(), 1);
}

void TestAwsMetering::unsubscribedCustomersAreRefusedOneByOne()
{
    const MeteringCallResult result = pushNow(
        *m_gateway, {dayRecord(1, kGone, {{u"logs"_qs, u"10"_qs}}),
                     dayRecord(2, kSubscription, {{u"logs"_qs, u"10"_qs}}),
                     dayRecord(3, u"aws-00000000000000000000"_qs, {{u"logs"_qs, u"1"_qs}})});
    QVERIFY(result.accepted);
    QCOMPARE(result.refused.value(1), u"CustomerNotSubscribed"_qs);
    QVERIFY(result.refused.value(3).startsWith(u"CustomerNotSubscribed"));
    QVERIFY(!result.refused.contains(2));
    QCOMPARE(m_market->accepted(QString()).size(), 1);
}

void TestAwsMetering::callsCarryAtMost25UsageRecords()
{
    QList<MeteringEntity> many;
    for (int i = 0; i < 30; ++i)
        many.append({u"item%1"_qs.arg(i, 2, 10, QLatin1Char('0')), u"1"_qs});
    QList<MeteringRecord> records{dayRecord(1, kSubscription, many)};
    for (int day = 2; day <= 4; ++day) {
        MeteringRecord record = dayRecord(day, kSubscription, many.mid(0, 10));
        record.endTime -= 3600 * day; // other hours: no duplicates of the first
        records.append(record);
    }
    const MeteringCallResult result = pushNow(*m_gateway, records);
    QVERIFY2(result.accepted, qPrintable(result.error));
    QVERIFY(result.refused.isEmpty());
    qsizetype sent = 0;
    for (const BatchMeterUsageRequest &call : std::as_const(m_api->m_calls)) {
        QVERIFY(call.usageRecords.size() <= BatchMeterUsageRequest::kMaxRecords);
        sent += call.usageRecords.size();
    }
    QCOMPARE(sent, 60);
    QCOMPARE(m_api->m_calls.size(), 3); // 25, then 5 + 10 + 10, then 10: days kept together
    QCOMPARE(m_market->accepted(kSubscription).size(), 60);
    BatchMeterUsageRequest tooMany{kProduct, {}, QDateTime::fromSecsSinceEpoch(kDayEnd)};
    for (int i = 0; i < 26; ++i)
        tooMany.usageRecords.append(
            {QDateTime::fromSecsSinceEpoch(kDayEnd, Qt::UTC), kCustomer, u"x%1"_qs.arg(i), 1});
    QVERIFY(m_market->batchMeterUsage(tooMany).exception.startsWith(u"ValidationException"));
}

QTEST_GUILESS_MAIN(TestAwsMetering)
#include "tst_aws_metering.moc"
