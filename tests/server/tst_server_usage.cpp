// Usage in (POST /api/v1/usage, billing.md "Usage in"): the collector key, the size of a
// request, and the rules each record is held to, with a result per record.
#include "BillsTest.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace billing::test;

namespace {
const QDate kToday(2031, 3, 5);

// POST /api/v1/usage with no records, with `key` as the collector key.
HttpRequest noRecords(const QString &key)
{
    HttpRequest request;
    request.method = "POST";
    request.path = kUsage;
    request.body = R"({"records":[]})";
    request.token = key;
    return request;
}
} // namespace

class TestServerUsage : public BillsTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void theCollectorKeyIsRequired();
    void withoutAKeyTheEndpointIsUnavailable();
    void theKeyComesFromTheEnvironment();
    void aRequestHoldsOneToFiveThousandRecords_data();
    void aRequestHoldsOneToFiveThousandRecords();
    void eachRecordIsCheckedOnItsOwn_data();
    void eachRecordIsCheckedOnItsOwn();
    void aSettledDayRefusesUsage();
    void aLaterRecordReplacesAnEarlierOne();
    void aLongWriteElsewhereAsksTheCollectorToComeBack();

private:
    QString m_cn1;
    QString m_us1;
};

void TestServerUsage::initTestCase()
{
    VERIFY_NO_ERROR(startWithTwoAccounts(beijing(kToday, QTime(12, 0)), QStringLiteral("use")));
    m_cn1 = newWorkspace(m_alice, QStringLiteral("cn1"));
    m_us1 = newWorkspace(m_alice, QStringLiteral("us1"));
    QVERIFY(!m_cn1.isEmpty() && !m_us1.isEmpty());
}

void TestServerUsage::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void TestServerUsage::theCollectorKeyIsRequired()
{
    const QJsonArray records{usageRecord(m_cn1, QStringLiteral("logs"), kToday, u"1"_qs)};
    for (const QString &key : {QString(), u"wrong"_qs, m_aliceSession.token}) {
        const HttpReply reply = postUsage(records, key);
        VERIFY_ERROR(reply, 401, "unauthenticated");
    }
    VERIFY_STATUS(postUsage(records), 200);
}

void TestServerUsage::withoutAKeyTheEndpointIsUnavailable()
{
    TestServer::Options options;
    options.sandbox = false;
    TestServer production(options);
    QVERIFY2(production.start(), qPrintable(production.errorString()));
    HttpClient client(production.baseUrl());
    // The sandbox's default key is no key in production.
    VERIFY_ERROR(client.send(noRecords(kSandboxCollectorKey)), 503, "service_unavailable");
    QVERIFY2(production.stop(), qPrintable(production.errorString()));
}

void TestServerUsage::theKeyComesFromTheEnvironment()
{
    TestServer::Options options;
    options.environment = {{u"BILLING_CENTER_COLLECTOR_KEY"_qs, u"from-the-environment"_qs}};
    TestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient client(server.baseUrl());
    VERIFY_ERROR(client.send(noRecords(kSandboxCollectorKey)), 401, "unauthenticated");
    const HttpReply reply = client.send(noRecords(u"from-the-environment"_qs));
    VERIFY_ERROR(reply, 422, "validation_failed"); // past the key: no records
    VERIFY_FIELDS(reply, u"records"_qs);
    QVERIFY2(server.stop(), qPrintable(server.errorString()));
}

void TestServerUsage::aRequestHoldsOneToFiveThousandRecords_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("status");
    QTest::newRow("none") << 0 << 422;
    QTest::newRow("one") << 1 << 200;
    QTest::newRow("5000") << 5000 << 200;
    QTest::newRow("5001") << 5001 << 413;
}

void TestServerUsage::aRequestHoldsOneToFiveThousandRecords()
{
    QFETCH(int, count);
    QFETCH(int, status);
    QJsonArray records;
    for (int i = 0; i < count; ++i)
        records.append(usageRecord(m_cn1, QStringLiteral("logs"), kToday, QString::number(i)));
    const HttpReply reply = postUsage(records);
    VERIFY_STATUS(reply, status);
    if (status == 413)
        QCOMPARE(reply.errorCode(), u"payload_too_large"_qs);
    if (status == 200)
        QCOMPARE(resultsOf(reply), QStringList(count, u"accepted"_qs));
}

void TestServerUsage::eachRecordIsCheckedOnItsOwn_data()
{
    QTest::addColumn<QString>("workspace"); // "cn1", "us1" or an id
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("day");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("field");
    const QString today = kToday.toString(Qt::ISODate);
    QTest::newRow("fine") << "cn1"
                          << "logs" << today << "6000"
                          << "accepted"
                          << "";
    QTest::newRow("four places") << "cn1"
                                 << "timeseries" << today << "0.0001"
                                 << "accepted"
                                 << "";
    QTest::newRow("zero") << "cn1"
                          << "logs" << today << "0"
                          << "accepted"
                          << "";
    // Settled at midnight: the server's clock is at noon.
    QTest::newRow("yesterday") << "cn1"
                               << "logs" << kToday.addDays(-1).toString(Qt::ISODate) << "1"
                               << "rejected:usage_day_settled"
                               << "";
    QTest::newRow("sms on a China site") << "cn1"
                                         << "sms" << today << "10"
                                         << "accepted"
                                         << "";
    QTest::newRow("sms overseas") << "us1"
                                  << "sms" << today << "10"
                                  << "rejected:validation_failed"
                                  << "item";
    QTest::newRow("unknown item") << "cn1"
                                  << "disk" << today << "1"
                                  << "rejected:validation_failed"
                                  << "item";
    QTest::newRow("unknown workspace") << "ws_0000000000000000"
                                       << "logs" << today << "1"
                                       << "rejected:validation_failed"
                                       << "workspaceId";
    QTest::newRow("tomorrow") << "cn1"
                              << "logs" << kToday.addDays(1).toString(Qt::ISODate) << "1"
                              << "rejected:validation_failed"
                              << "day";
    QTest::newRow("not a day") << "cn1"
                               << "logs"
                               << "2031-02-30"
                               << "1"
                               << "rejected:validation_failed"
                               << "day";
    QTest::newRow("five places") << "cn1"
                                 << "logs" << today << "0.00001"
                                 << "rejected:validation_failed"
                                 << "quantity";
    QTest::newRow("negative") << "cn1"
                              << "logs" << today << "-1"
                              << "rejected:validation_failed"
                              << "quantity";
    QTest::newRow("exponent") << "cn1"
                              << "logs" << today << "1e3"
                              << "rejected:validation_failed"
                              << "quantity";
}

void TestServerUsage::eachRecordIsCheckedOnItsOwn()
{
    QFETCH(QString, workspace);
    QFETCH(QString, item);
    QFETCH(QString, day);
    QFETCH(QString, quantity);
    QFETCH(QString, result);
    QFETCH(QString, field);
    const QString id = workspace == u"cn1" ? m_cn1 : workspace == u"us1" ? m_us1 : workspace;
    QJsonObject record = usageRecord(id, item, kToday, quantity);
    record.insert(u"day"_qs, day);
    // Between two good records, so each is judged on its own.
    const QJsonObject good = usageRecord(m_cn1, u"apm_traces"_qs, kToday, u"1"_qs);
    const HttpReply reply = postUsage({good, record, good});
    VERIFY_STATUS(reply, 200);
    QCOMPARE(resultsOf(reply), (QStringList{u"accepted"_qs, result, u"accepted"_qs}));
    const QJsonObject middle = reply.object().value(u"results").toArray().at(1).toObject();
    QCOMPARE(middle.value(u"index").toInt(), 1);
    if (!field.isEmpty()) {
        const QJsonObject fields = middle.value(u"error").toObject().value(u"fields").toObject();
        QVERIFY2(fields.contains(field), qPrintable(compactJson(middle)));
    }
}

void TestServerUsage::aSettledDayRefusesUsage()
{
    // The day the server started before is settled by definition (nothing older to settle).
    const QDate started = QDate::currentDate().addDays(-5);
    HttpReply reply = postUsage({usageRecord(m_cn1, u"logs"_qs, started, u"1"_qs)});
    VERIFY_STATUS(reply, 200);
    QCOMPARE(resultsOf(reply), QStringList{u"rejected:usage_day_settled"_qs});
    const QJsonObject error =
        reply.object().value(u"results").toArray().at(0).toObject().value(u"error").toObject();
    QVERIFY(!error.value(u"message").toString().isEmpty());
}

void TestServerUsage::aLaterRecordReplacesAnEarlierOne()
{
    const QString ws = newWorkspace(m_bob, QStringLiteral("cn2"));
    const QDate day = kToday.addDays(30);
    VERIFY_NO_ERROR(moveClockTo(beijing(day, QTime(9, 0))));
    QCOMPARE(resultsOf(postUsage({usageRecord(ws, u"logs"_qs, day, u"9000000"_qs)})),
             QStringList{u"accepted"_qs});
    QCOMPARE(resultsOf(postUsage({usageRecord(ws, u"logs"_qs, day, u"6000000"_qs)})),
             QStringList{u"accepted"_qs});
    VERIFY_NO_ERROR(settle(day));
    const QJsonArray billed = lines(m_bob, day);
    QCOMPARE(billed.size(), 1);
    QCOMPARE(billed.at(0).toObject().value(u"quantity").toString(), u"6000000"_qs);
    QCOMPARE(billed.at(0).toObject().value(u"amount").toString(), u"7.20"_qs);
    // Settled now: the same record is refused with the new code.
    QCOMPARE(resultsOf(postUsage({usageRecord(ws, u"logs"_qs, day, u"1"_qs)})),
             QStringList{u"rejected:usage_day_settled"_qs});
}

void TestServerUsage::aLongWriteElsewhereAsksTheCollectorToComeBack()
{
    // Another connection holds the write lock, as the settlement thread does while it writes
    // a large account's day: usage in does not hold the server up waiting for it.
    if (TestServer::onPostgres())
        QSKIP("SQLite's one database-wide write lock; PostgreSQL writers lock rows");
    QString error;
    const QDate today = serverNow(m_anon, &error).toOffsetFromUtc(8 * 3600).date();
    VERIFY_NO_ERROR(error);
    const QJsonArray records{usageRecord(m_cn1, u"logs"_qs, today, u"5"_qs)};
    {
        QSqlDatabase db = m_server.openDatabaseConnection(u"writer"_qs);
        QVERIFY(db.isOpen());
        QSqlQuery lock(db);
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_qs));
        const HttpReply busy = postUsage(records);
        VERIFY_ERROR(busy, 503, "service_unavailable");
        QCOMPARE(busy.header("Retry-After"), QByteArray("5"));
        VERIFY_STATUS(m_anon.get(u"/api/v1/sites"_qs), 200); // reads still answered
        QVERIFY(lock.exec(u"ROLLBACK"_qs));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"writer"_qs);
    // The lock gone, the same request goes in, and so do the transactions after it.
    const HttpReply accepted = postUsage(records);
    VERIFY_STATUS(accepted, 200);
    QCOMPARE(resultsOf(accepted), QStringList{u"accepted"_qs});
    QVERIFY(!newWorkspace(m_alice, u"cn4"_qs).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerUsage)
#include "tst_server_usage.moc"
