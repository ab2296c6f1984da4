// The sandbox markets' data without a server: each console's answer read into a
// subscription (bare, wrapped with its claim code, Alibaba Cloud's instance form), each
// marketplace's accepted usage record in common words, and the subscribe form's inputs.
#include "MeteringRecordRow.h"
#include "SandboxInputs.h"
#include "SandboxMarketProfile.h"
#include "SandboxSubscription.h"
#include "SandboxSubscriptionModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace billing;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class TestSandboxMarketData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrappedReplyKeepsTheClaimCode();
    void bareSubscriptionReply();
    void aliyunInstanceReply();
    void replyWithoutSubscriptionIsRefused();
    void statusWordsFollowTheMarketplace();
    void meteringRecordsOfEveryMarketplace_data();
    void meteringRecordsOfEveryMarketplace();
    void inputsAreCheckedAndNormalised();
    void samplesAreValid();
    void actionPathsEscapeTheId();
};

void TestSandboxMarketData::wrappedReplyKeepsTheClaimCode()
{
    const auto reply = sandboxSubscriptionFromReply(json(R"({"subscription":{
        "marketplace":"aws","subscriptionId":"aws-0123456789abcdef0123","status":"opened",
        "customer":{"customerIdentifier":"Cust1","awsAccountId":"123456789012"},
        "productCode":"prod","trial":false,"boundWorkspaces":2},
        "claimCode":"ABCD-EF23","claimLink":"billingdesk://claim?server=x&code=ABCD-EF23"})"));
    QVERIFY(reply);
    QCOMPARE(reply->subscription.marketplace, SettlementMethod::Aws);
    QCOMPARE(reply->subscription.instanceId, u"aws-0123456789abcdef0123"_qs);
    QCOMPARE(reply->subscription.status, InstanceStatus::Opened);
    QCOMPARE(reply->subscription.boundWorkspaces, 2);
    QCOMPARE(reply->claimCode, u"ABCD-EF23"_qs);
    QVERIFY(reply->claimLink.startsWith(u"billingdesk://claim?"_qs));
    QCOMPARE(SandboxSubscriptionModel::customerText(reply->subscription),
             u"Account 123456789012"_qs);
}

void TestSandboxMarketData::bareSubscriptionReply()
{
    const auto reply = sandboxSubscriptionFromReply(json(R"({"marketplace":"huawei",
        "subscriptionId":"hw0123456789abcdef0123","status":"expired","trial":true,
        "customer":{"huaweiAccountId":"0123456789abcdef0123456789abcdef"},"boundWorkspaces":0})"));
    QVERIFY(reply);
    QCOMPARE(reply->subscription.marketplace, SettlementMethod::Huawei);
    QVERIFY(reply->claimCode.isEmpty());
    QCOMPARE(reply->subscription.customerAccount(), u"0123456789abcdef0123456789abcdef"_qs);
}

void TestSandboxMarketData::aliyunInstanceReply()
{
    const auto reply = sandboxSubscriptionFromReply(json(R"({"instanceId":"4242",
        "aliUid":"1234567890123456","productCode":"cmgj00053362","status":"opened",
        "trial":false,"boundWorkspaces":0})"));
    QVERIFY(reply);
    QCOMPARE(reply->subscription.marketplace, SettlementMethod::Aliyun);
    QCOMPARE(reply->subscription.instanceId, u"4242"_qs);
    QCOMPARE(reply->subscription.customerAccount(), u"1234567890123456"_qs);
}

void TestSandboxMarketData::replyWithoutSubscriptionIsRefused()
{
    QVERIFY(!sandboxSubscriptionFromReply(json(R"({"claimCode":"ABCD-EF23"})")));
    QVERIFY(!sandboxSubscriptionFromReply(
        json(R"({"subscription":{"marketplace":"aws","status":"opened"}})")));
}

void TestSandboxMarketData::statusWordsFollowTheMarketplace()
{
    MarketplaceSubscription subscription;
    subscription.status = InstanceStatus::Expired;
    subscription.marketplace = SettlementMethod::Huawei;
    QCOMPARE(SandboxSubscriptionModel::statusText(subscription), u"Frozen"_qs);
    subscription.marketplace = SettlementMethod::Azure;
    QCOMPARE(SandboxSubscriptionModel::statusText(subscription), u"Suspended"_qs);
    subscription.status = InstanceStatus::Released;
    QCOMPARE(SandboxSubscriptionModel::statusText(subscription), u"Unsubscribed"_qs);
    subscription.marketplace = SettlementMethod::Aliyun;
    QCOMPARE(SandboxSubscriptionModel::statusText(subscription), u"Released"_qs);
}

void TestSandboxMarketData::meteringRecordsOfEveryMarketplace_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("subscription");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QString>("usage");
    const QDateTime start = QDateTime(QDate(2026, 12, 1), QTime(16, 0), Qt::UTC);
    QTest::newRow("aliyun") << QByteArray(R"({"InstanceId":"4242","StartTime":1796140800,
        "EndTime":1796227200,"Entities":[{"Key":"logs","Value":"1.5"},{"Key":"apm_traces",
        "Value":"5000"}],"acceptedAt":"2026-12-02T16:00:05Z"})")
                            << u"4242"_qs << start << u"logs: 1.5, apm_traces: 5000"_qs;
    QTest::newRow("aws") << QByteArray(R"({"subscriptionId":"aws-1","Timestamp":
        "2026-12-01T16:00:00Z","CustomerIdentifier":"Cust1","Dimension":"logs","Quantity":2,
        "acceptedAt":"2026-12-02T16:00:05Z"})")
                         << u"aws-1"_qs << start << u"logs: 2"_qs;
    QTest::newRow("huawei") << QByteArray(R"({"instance_id":"hw1","begin_time":
        "20261201T160000Z","end_time":"20261202T160000Z","usage_value":"3.25","item":"logs",
        "metering_sn":"x","acceptedAt":"2026-12-02T16:00:05Z"})")
                            << u"hw1"_qs << start << u"logs: 3.25"_qs;
    QTest::newRow("azure") << QByteArray(R"({"resourceId":"5f1c2d3e-0000-4000-8000-000000000001",
        "quantity":4,"dimension":"logs","effectiveStartTime":"2026-12-01T16:00:00Z",
        "planId":"standard","acceptedAt":"2026-12-02T16:00:05Z"})")
                           << u"5f1c2d3e-0000-4000-8000-000000000001"_qs << start << u"logs: 4"_qs;
    // ISO 8601 with milliseconds and no zone: UTC, not the viewer's local time.
    QTest::newRow("no zone") << QByteArray(R"({"resourceId":"r1","quantity":4,"dimension":"logs",
        "effectiveStartTime":"2026-12-01T16:00:00.000","acceptedAt":"2026-12-02T16:00:05Z"})")
                             << u"r1"_qs << start << u"logs: 4"_qs;
}

void TestSandboxMarketData::meteringRecordsOfEveryMarketplace()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, subscription);
    QFETCH(QDateTime, start);
    QFETCH(QString, usage);
    const MeteringRecordRow row =
        MeteringRecordRow::fromJson(QJsonDocument::fromJson(record).object());
    QCOMPARE(row.subscription, subscription);
    QCOMPARE(row.start, start);
    QVERIFY(row.start.timeSpec() != Qt::LocalTime); // the same instant wherever it is shown
    QCOMPARE(row.usage, usage);
    QCOMPARE(row.acceptedAt, QDateTime(QDate(2026, 12, 2), QTime(16, 0, 5), Qt::UTC));
}

void TestSandboxMarketData::inputsAreCheckedAndNormalised()
{
    QString problem;
    QCOMPARE(inputValue(SandboxInput::HuaweiAccountId, u" 0123456789ABCDEF0123456789abcdef "_qs,
                        &problem)
                 .toString(),
             u"0123456789abcdef0123456789abcdef"_qs);
    QVERIFY(problem.isEmpty());
    QVERIFY(inputValue(SandboxInput::AliUid, u"12345"_qs, &problem).isUndefined());
    QVERIFY(!problem.isEmpty());
    QVERIFY(inputValue(SandboxInput::AwsAccountId, {}, &problem).isUndefined());
    QVERIFY(problem.isEmpty()); // optional: the sandbox picks one
    QVERIFY(inputValue(SandboxInput::AwsAccountId, u"12345678901x"_qs, &problem).isUndefined());
    QVERIFY(!problem.isEmpty());
    QCOMPARE(inputValue(SandboxInput::Quantity, u"3"_qs, &problem).toInt(), 3);
    QVERIFY(inputValue(SandboxInput::Quantity, u"0"_qs, &problem).isUndefined());
    QVERIFY(!problem.isEmpty());
}

void TestSandboxMarketData::samplesAreValid()
{
    for (SettlementMethod marketplace : SandboxMarketProfile::marketplaces()) {
        for (SandboxInput input : SandboxMarketProfile::of(marketplace).inputs) {
            if (input == SandboxInput::Trial)
                continue;
            QString problem;
            const QString sample = sampleValue(input);
            inputValue(input, sample, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(sample + u": "_qs + problem));
        }
    }
    QVERIFY(sampleValue(SandboxInput::AliUid) != sampleValue(SandboxInput::AliUid));
}

void TestSandboxMarketData::actionPathsEscapeTheId()
{
    const SandboxMarketProfile azure = SandboxMarketProfile::of(SettlementMethod::Azure);
    QCOMPARE(azure.actionPath(u"a/b"_qs, u"suspend"_qs),
             u"/api/v1/sandbox/azure/subscriptions/a%2Fb/suspend"_qs);
    QVERIFY(azure.claimable);
    QVERIFY(!SandboxMarketProfile::of(SettlementMethod::Huawei).claimable);
}

QTEST_GUILESS_MAIN(TestSandboxMarketData)
#include "tst_sandbox_market_data.moc"
