// Daily settlement and bills (billing.md "Daily settlement", docs/billing.md): a day is
// settled when the sandbox clock passes its end; each line is rated and rounded once; the
// statement, the workspace totals and the lines add up to the cent; the payer is the
// settlement at the end of the day; a locked workspace produces nothing.
#include "BillsTest.h"

#include <Rfc3339.h>

using namespace billing::test;

namespace {
const QDate kDay(2031, 4, 10);

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}
} // namespace

class TestServerBills : public BillsTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void linesAreRatedAndRoundedOncePerLine_data();
    void linesAreRatedAndRoundedOncePerLine();
    void everyFigureAddsUpToTheLines();
    void theCurrencyFollowsTheRegistrationSite();
    void aMidDayChangeMakesTheNewMethodPayTheWholeDay();
    void usageOfASettledDayIsRefused();
    void linesPageAndFilter();
    void badQueriesAreRefused_data();
    void badQueriesAreRefused();
    void aLockedWorkspaceProducesNoLines();

private:
    QJsonObject lineOf(const QString &workspaceId, const QString &item);

    Session m_carol; // registered overseas: bills in USD
    HttpClient m_carolClient;
    QHash<QString, QString> m_ws; // name in this test → id
    QString m_instance;
    QString m_uid = uniqueUid();
    QJsonArray m_lines; // alice's lines of kDay
};

void TestServerBills::initTestCase()
{
    VERIFY_NO_ERROR(startWithTwoAccounts(beijing(kDay, QTime(12, 0)), QStringLiteral("bill")));
    m_carol = registerAccount(m_anon, uniqueName(u"billcarol"_qs), u"us1"_qs);
    VERIFY_NO_ERROR(m_carol.error);
    m_carolClient.setBaseUrl(m_server.baseUrl());
    m_ws[u"china"_qs] = newWorkspace(m_alice, u"cn1"_qs);
    m_ws[u"intl"_qs] = newWorkspace(m_alice, u"cn6"_qs);
    m_ws[u"switched"_qs] = newWorkspace(m_alice, u"cn1"_qs);
    m_carolClient.setToken(m_carol.token);
    m_ws[u"carol-china"_qs] = newWorkspace(m_carolClient, u"cn1"_qs);
    m_ws[u"carol-us"_qs] = newWorkspace(m_carolClient, u"us1"_qs);
    QString error;
    m_instance = createSandboxInstance(m_anon, m_uid, &error).value(u"instanceId").toString();
    VERIFY_NO_ERROR(error);

    const auto record = [&](const char *ws, const char *item, const char *quantity) {
        return usageRecord(m_ws.value(QLatin1String(ws)), QLatin1String(item), kDay,
                           QLatin1String(quantity));
    };
    const HttpReply reply = postUsage({
        record("china", "logs", "6000000"),         // 6 × 1.20 = 7.20
        record("china", "timeseries", "8333"),      // 8.333 × 0.60 = 4.9998 → 5.00
        record("china", "apm_profiles", "250"),     // 0.025 × 0.20 = 0.005 → 0.01 (half-up)
        record("china", "rum_pv", "0.5"),           // 0.00005 × 1 → 0.00
        record("china", "task_calls", "0"),         // no line
        record("china", "sms", "15"),               // 1.5 × 1 = 1.50
        record("intl", "logs", "6000000"),          // 6 × 2.40 = 14.40
        record("intl", "synthetic_tests", "35000"), // 3.5 × 10 = 35.00
        record("switched", "logs", "1000000"),      // 1.20, paid by the instance
        record("carol-china", "logs", "6000000"),   // 6 × 0.17 = 1.02 USD
        record("carol-china", "synthetic_tests", "35000"), // 3.5 × 0.143 = 0.5005 → 0.50
        record("carol-us", "logs", "6000000"),             // 6 × 0.34 = 2.04 USD
    });
    VERIFY_STATUS(reply, 200);
    QCOMPARE(resultsOf(reply), QStringList(12, u"accepted"_qs));

    // The market refuses metering until ten minutes past the day's end: the instance's line
    // is settled pending_push, and stays so while the tests read it, however soon the pusher
    // (every second) would otherwise have reported it.
    VERIFY_STATUS(m_anon.post(u"/api/v1/sandbox/aliyun/metering/outage"_qs,
                              {{u"until"_qs,
                                billing::rfc3339::format(beijing(kDay.addDays(1), QTime(0, 10)))}}),
                  200);
    // At 15:00 the switched workspace moves to an Alibaba Cloud instance.
    VERIFY_NO_ERROR(moveClockTo(beijing(kDay, QTime(15, 0))));
    VERIFY_STATUS(m_alice.put(kWorkspacesPath + u'/' + m_ws[u"switched"_qs] + u"/settlement"_qs,
                              settlementBody(u"aliyun"_qs, m_uid, m_instance)),
                  200);
    VERIFY_NO_ERROR(settle(kDay));
    m_carolClient.setToken(login(m_anon, m_carol.username, m_carol.password).token);
    m_lines = lines(m_alice, kDay);
}

void TestServerBills::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QJsonObject TestServerBills::lineOf(const QString &workspaceId, const QString &item)
{
    for (const QJsonValue &value : std::as_const(m_lines)) {
        const QJsonObject line = value.toObject();
        if (field(line, "workspaceId") == workspaceId && field(line, "item") == item)
            return line;
    }
    return {};
}

void TestServerBills::linesAreRatedAndRoundedOncePerLine_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<qint64>("unit");
    QTest::addColumn<QString>("unitPrice");
    QTest::addColumn<QString>("amount");
    QTest::newRow("logs, China") << "china"
                                 << "logs"
                                 << "6000000" << qint64(1000000) << "1.20"
                                 << "7.20";
    QTest::newRow("rounded up to the cent") << "china"
                                            << "timeseries"
                                            << "8333" << qint64(1000) << "0.60"
                                            << "5.00";
    QTest::newRow("half a cent rounds up") << "china"
                                           << "apm_profiles"
                                           << "250" << qint64(10000) << "0.20"
                                           << "0.01";
    QTest::newRow("below half a cent") << "china"
                                       << "rum_pv"
                                       << "0.5" << qint64(10000) << "1.00"
                                       << "0.00";
    QTest::newRow("sms on a China site") << "china"
                                         << "sms"
                                         << "15" << qint64(10) << "1.00"
                                         << "1.50";
    QTest::newRow("logs, international price") << "intl"
                                               << "logs"
                                               << "6000000" << qint64(1000000) << "2.40"
                                               << "14.40";
    QTest::newRow("synthetic tests, international") << "intl"
                                                    << "synthetic_tests"
                                                    << "35000" << qint64(10000) << "10.00"
                                                    << "35.00";
}

void TestServerBills::linesAreRatedAndRoundedOncePerLine()
{
    QFETCH(QString, workspace);
    QFETCH(QString, item);
    QFETCH(QString, quantity);
    QFETCH(qint64, unit);
    QFETCH(QString, unitPrice);
    QFETCH(QString, amount);
    const QJsonObject line = lineOf(m_ws.value(workspace), item);
    QVERIFY2(!line.isEmpty(), qPrintable(item + u" of "_qs + workspace));
    QCOMPARE(field(line, "quantity"), quantity);
    QCOMPARE(line.value(u"unit").toInteger(), unit);
    QCOMPARE(field(line, "unitPrice"), unitPrice);
    QCOMPARE(field(line, "amount"), amount);
    QCOMPARE(field(line, "currency"), u"CNY"_qs);
    QCOMPARE(field(line, "day"), kDay.toString(Qt::ISODate));
    QCOMPARE(field(line, "status"), u"charged"_qs);
    QCOMPARE(line.value(u"payer").toObject(), (QJsonObject{{u"method"_qs, u"billing_center"_qs}}));
    QVERIFY(field(line, "id").startsWith(u"bl_"));
    QVERIFY(!field(line, "workspaceName").isEmpty());
    QVERIFY(!line.contains(u"pushError"));
}

void TestServerBills::everyFigureAddsUpToTheLines()
{
    QCOMPARE(m_lines.size(), 8); // the zero quantity made no line
    qint64 sum = 0;
    QHash<QString, qint64> byWorkspace;
    for (const QJsonValue &value : std::as_const(m_lines)) {
        const qint64 cents = centsOf(value.toObject().value(u"amount"));
        QVERIFY(cents >= 0);
        sum += cents;
        byWorkspace[field(value.toObject(), "workspaceId")] += cents;
    }
    QCOMPARE(sum, 7 * 100 + 20 + 500 + 1 + 0 + 150 + 1440 + 3500 + 120);
    const QJsonObject bill = statement(m_alice, kDay);
    QCOMPARE(field(bill, "month"), u"2031-04"_qs);
    QCOMPARE(field(bill, "currency"), u"CNY"_qs);
    QCOMPARE(centsOf(bill.value(u"total")), sum);
    QCOMPARE(field(bill, "settledThrough"), kDay.toString(Qt::ISODate));
    for (const char *group : {"byPayer", "byItem", "bySite", "byDay"}) {
        qint64 groupSum = 0;
        for (const QJsonValue &entry : bill.value(QLatin1String(group)).toArray())
            groupSum += centsOf(entry.toObject().value(u"total"));
        QVERIFY2(groupSum == sum, group);
    }
    const QJsonArray days = bill.value(u"byDay").toArray();
    QCOMPARE(days.size(), 1);
    const QJsonObject day = days.at(0).toObject();
    QCOMPARE(field(day, "day"), kDay.toString(Qt::ISODate));
    QCOMPARE(field(day.value(u"byItem").toObject(), "logs"), u"22.80"_qs); // 7.20+14.40+1.20
    const QJsonArray items = bill.value(u"byItem").toArray();
    QCOMPARE(field(items.at(0).toObject(), "item"), u"timeseries"_qs); // catalogue order
    QCOMPARE(field(items.at(1).toObject(), "quantity"), u"13000000"_qs);

    QString error;
    const QJsonArray workspaces =
        listAll(m_alice, kBills + u"/2031-04/workspaces"_qs, {{u"limit"_qs, u"1"_qs}}, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(workspaces.size(), 3);
    for (const QJsonValue &value : workspaces) {
        const QJsonObject ws = value.toObject();
        const qint64 total = centsOf(ws.value(u"total"));
        QCOMPARE(total, byWorkspace.value(field(ws, "workspaceId")));
        qint64 items = 0;
        for (const QJsonValue &amount : ws.value(u"byItem").toObject())
            items += centsOf(amount);
        QCOMPARE(items, total);
        QVERIFY(!field(ws, "name").isEmpty() && !field(ws, "site").isEmpty());
    }
    QCOMPARE(field(workspaces.at(0).toObject(), "workspaceId"), m_ws[u"china"_qs]); // created 1st
}

void TestServerBills::theCurrencyFollowsTheRegistrationSite()
{
    const QJsonArray carol = lines(m_carolClient, kDay);
    QCOMPARE(carol.size(), 3);
    QStringList amounts;
    for (const QJsonValue &value : carol) {
        QCOMPARE(field(value.toObject(), "currency"), u"USD"_qs);
        amounts << field(value.toObject(), "amount");
    }
    QCOMPARE(amounts, (QStringList{u"1.02"_qs, u"0.50"_qs, u"2.04"_qs}));
    QCOMPARE(field(carol.at(1).toObject(), "unitPrice"), u"0.143"_qs);
    const QJsonObject bill = statement(m_carolClient, kDay);
    QCOMPARE(field(bill, "currency"), u"USD"_qs);
    QCOMPARE(field(bill, "total"), u"3.56"_qs);
    // Bob had no usage: an empty statement, still settled.
    const QJsonObject bob = statement(m_bob, kDay);
    QCOMPARE(field(bob, "total"), u"0.00"_qs);
    QCOMPARE(bob.value(u"byPayer").toArray().size(), 0);
    QCOMPARE(field(bob, "settledThrough"), kDay.toString(Qt::ISODate));
}

void TestServerBills::aMidDayChangeMakesTheNewMethodPayTheWholeDay()
{
    const QJsonObject line = lineOf(m_ws[u"switched"_qs], u"logs"_qs);
    QCOMPARE(line.value(u"payer").toObject(),
             (QJsonObject{{u"method"_qs, u"aliyun"_qs}, {u"instanceId"_qs, m_instance}}));
    QCOMPARE(field(line, "status"), u"pending_push"_qs);
    QCOMPARE(field(line, "amount"), u"1.20"_qs);
    const QJsonArray payers = statement(m_alice, kDay).value(u"byPayer").toArray();
    QCOMPARE(payers.size(), 2);
    QCOMPARE(payers.at(0).toObject().value(u"payer").toObject().value(u"method").toString(),
             u"billing_center"_qs);
    QCOMPARE(field(payers.at(0).toObject(), "status"), u"charged"_qs);
    QCOMPARE(field(payers.at(1).toObject(), "total"), u"1.20"_qs);
    QCOMPARE(field(payers.at(1).toObject(), "status"), u"pending_push"_qs);
}

void TestServerBills::usageOfASettledDayIsRefused()
{
    const HttpReply reply =
        postUsage({usageRecord(m_ws[u"china"_qs], u"logs"_qs, kDay, u"1"_qs),
                   usageRecord(m_ws[u"china"_qs], u"logs"_qs, kDay.addDays(1), u"1"_qs)});
    VERIFY_STATUS(reply, 200);
    QCOMPARE(resultsOf(reply), (QStringList{u"rejected:usage_day_settled"_qs, u"accepted"_qs}));
    QCOMPARE(
        lines(m_alice, kDay, {{u"workspaceId"_qs, m_ws[u"china"_qs]}, {u"item"_qs, u"logs"_qs}})
            .at(0)
            .toObject()
            .value(u"quantity")
            .toString(),
        u"6000000"_qs);
}

void TestServerBills::linesPageAndFilter()
{
    const QString month = kDay.toString(u"yyyy-MM");
    QString error;
    const QJsonArray paged =
        listAll(m_alice, kBillLines, {{u"month"_qs, month}, {u"limit"_qs, u"3"_qs}}, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(paged, m_lines);
    const HttpReply first = m_alice.get(kBillLines, {{u"month"_qs, month}, {u"limit"_qs, u"3"_qs}});
    VERIFY_PAGE(first);
    QCOMPARE(first.object().value(u"total").toInteger(), 8);

    struct Filter {
        QueryItems query;
        qsizetype count;
    };
    const QList<Filter> filters{
        {{{u"item"_qs, u"logs"_qs}}, 3},
        {{{u"payer"_qs, u"billing_center"_qs}}, 7},
        {{{u"payer"_qs, u"aliyun"_qs}}, 1},
        {{{u"payer"_qs, u"aliyun:"_qs + m_instance}}, 1},
        {{{u"payer"_qs, u"aliyun:1"_qs}}, 0},
        {{{u"status"_qs, u"pending_push"_qs}}, 1},
        {{{u"workspaceId"_qs, m_ws[u"intl"_qs]}}, 2},
        {{{u"workspaceId"_qs, m_ws[u"carol-us"_qs]}}, 0}, // another account's: nothing
        {{{u"workspaceId"_qs, m_ws[u"china"_qs]}, {u"item"_qs, u"sms"_qs}}, 1},
    };
    for (const Filter &filter : filters) {
        QueryItems query = filter.query;
        query << qMakePair(u"month"_qs, month);
        const HttpReply reply = m_alice.get(kBillLines, query);
        VERIFY_PAGE(reply);
        QCOMPARE(reply.items().size(), filter.count);
        QCOMPARE(reply.object().value(u"total").toInteger(), filter.count);
    }
    const HttpReply other = m_alice.get(kBillLines, {{u"month"_qs, u"2031-05"_qs}});
    VERIFY_PAGE(other);
    QCOMPARE(other.object().value(u"total").toInteger(), 0);
}

void TestServerBills::badQueriesAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("no month") << "/api/v1/bills"
                              << ""
                              << "month";
    QTest::newRow("month 13") << "/api/v1/bills"
                              << "month=2031-13"
                              << "month";
    QTest::newRow("a day") << "/api/v1/bills"
                           << "month=2031-04-01"
                           << "month";
    QTest::newRow("short month") << "/api/v1/bills/2031-4/workspaces"
                                 << ""
                                 << "month";
    QTest::newRow("big limit") << "/api/v1/bills/2031-04/workspaces"
                               << "limit=5001"
                               << "limit";
    QTest::newRow("lines, no month") << "/api/v1/bill-lines"
                                     << ""
                                     << "month";
    QTest::newRow("unknown item") << "/api/v1/bill-lines"
                                  << "month=2031-04&item=disk"
                                  << "item";
    QTest::newRow("unknown payer") << "/api/v1/bill-lines"
                                   << "month=2031-04&payer=paypal"
                                   << "payer";
    // Every marketplace names its subscription (azure:<id>); the Billing Center has none.
    QTest::newRow("subscription of billing center") << "/api/v1/bill-lines"
                                                    << "month=2031-04&payer=billing_center:1"
                                                    << "payer";
    QTest::newRow("marketplace without its subscription") << "/api/v1/bill-lines"
                                                          << "month=2031-04&payer=azure:"
                                                          << "payer";
    QTest::newRow("unknown status") << "/api/v1/bill-lines"
                                    << "month=2031-04&status=paid"
                                    << "status";
    QTest::newRow("bad cursor") << "/api/v1/bill-lines"
                                << "month=2031-04&cursor=%21"
                                << "cursor";
}

void TestServerBills::badQueriesAreRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QString, field);
    QueryItems items;
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const QStringList parts = pair.split(u'=');
        items << qMakePair(parts.at(0), QUrl::fromPercentEncoding(parts.at(1).toUtf8()));
    }
    const HttpReply reply = m_alice.get(path, items);
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, field);
}

void TestServerBills::aLockedWorkspaceProducesNoLines()
{
    // At noon, so that the lock, 14 days later, falls in the middle of a billing day.
    VERIFY_NO_ERROR(moveClockTo(beijing(kDay.addDays(1), QTime(12, 0))));
    QString error;
    const QString instance =
        createSandboxInstance(m_anon, m_uid, &error).value(u"instanceId").toString();
    VERIFY_NO_ERROR(error);
    const QString ws =
        newWorkspace(m_alice, u"cn1"_qs, settlementBody(u"aliyun"_qs, m_uid, instance));
    const QString control = newWorkspace(m_alice, u"cn1"_qs);
    sandboxInstanceAction(m_anon, instance, u"expire"_qs, &error);
    VERIFY_NO_ERROR(error);
    const QJsonObject pending = getWorkspace(m_alice, ws, &error);
    QCOMPARE(field(pending, "status"), u"lock_pending"_qs);
    const QDateTime lockAt = billing::rfc3339::parse(field(pending, "lockAt"));
    const QDate day = QDateTime(lockAt).toOffsetFromUtc(8 * 3600).date();
    QVERIFY(lockAt.isValid());

    // Usage while the countdown runs is accepted (a lock_pending workspace still runs)…
    VERIFY_NO_ERROR(moveClockTo(lockAt.addSecs(-60)));
    const HttpReply accepted = postUsage({usageRecord(ws, u"logs"_qs, day, u"1000000"_qs),
                                          usageRecord(control, u"logs"_qs, day, u"1000000"_qs)});
    QVERIFY2(resultsOf(accepted) == (QStringList{u"accepted"_qs, u"accepted"_qs}),
             accepted.body.constData());
    // …then it locks before the day ends: no line for its day, and no more usage.
    VERIFY_NO_ERROR(moveClockTo(lockAt.addSecs(60)));
    QCOMPARE(field(getWorkspace(m_alice, ws, &error), "status"), u"locked"_qs);
    const HttpReply refused = postUsage({usageRecord(ws, u"logs"_qs, day, u"1"_qs)});
    QCOMPARE(resultsOf(refused), QStringList{u"rejected:validation_failed"_qs});
    VERIFY_NO_ERROR(settle(day));
    QCOMPARE(lines(m_alice, day, {{u"workspaceId"_qs, ws}}).size(), 0);
    QCOMPARE(lines(m_alice, day, {{u"workspaceId"_qs, control}}).size(), 1);
    // The month's workspace totals now count the control workspace too (a count the server
    // keeps between pages must follow the settlement).
    QCOMPARE(day.month(), kDay.month());
    const HttpReply page = m_alice.get(kBills + day.toString(u"/yyyy-MM") + u"/workspaces"_qs);
    VERIFY_PAGE(page);
    QCOMPARE(page.object().value(u"total").toInteger(), 4);
}

QTEST_GUILESS_MAIN(TestServerBills)
#include "tst_server_bills.moc"
