// kill -9 of the billing-center in the middle of settling a big billing day (one account with
// 120 000 usage records, a few small ones), inside the big account's day (some of its chunks
// written, not all). After a restart on the same database the rest of
// the day is settled and nothing twice: one bill line per usage record, one settled_days row
// per account, and the day and month aggregates equal to the sums of the lines.
#include "ApiHelpers.h"
#include "HttpClient.h"
#include "ReplyChecks.h"
#include "TestServer.h"
#include "UsageRecords.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace billing::test;

namespace {
constexpr int kDemoWorkspaces = 20000;
constexpr int kSmallAccounts = 3;
const QString kDemoUser = QStringLiteral("demo");
const QString kDemoPassword = QStringLiteral("demo-pass-2026");
const QStringList kItems{u"timeseries"_qs, u"logs"_qs,       u"apm_traces"_qs,
                         u"rum_pv"_qs,     u"task_calls"_qs, u"apm_profiles"_qs};

QDateTime beijing(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

// A read-only look at the server's database file (WAL: it does not block the server).
class DatabaseProbe
{
public:
    explicit DatabaseProbe(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"probe"_qs);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
        m_db.open();
    }
    ~DatabaseProbe()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"probe"_qs);
    }
    // The first column of the first row, as a number; -1 on failure.
    qint64 number(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return -1;
        }
        return query.value(0).toLongLong();
    }
    QString text(const QString &sql)
    {
        QSqlQuery query(m_db);
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

private:
    QSqlDatabase m_db;
};
} // namespace

class TestSettlementCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringABigDaySettlesTheRestOnce();

private:
    TestServer m_server{[] {
        TestServer::Options options;
        options.extraArgs = {u"--demo-workspaces"_qs, QString::number(kDemoWorkspaces)};
        return options;
    }()};
    HttpClient m_anon;
};

void TestSettlementCrash::killDuringABigDaySettlesTheRestOnce()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    QString error;
    const QDate day = serverNow(m_anon, &error).toOffsetFromUtc(8 * 3600).date();
    VERIFY_NO_ERROR(error);

    // The big account: every demo workspace with six items.
    Session demo = login(m_anon, kDemoUser, kDemoPassword);
    VERIFY_NO_ERROR(demo.error);
    HttpClient demoClient(m_server.baseUrl(), demo.token);
    const QJsonArray workspaces =
        listAll(demoClient, u"/api/v1/workspaces"_qs, {{u"limit"_qs, u"5000"_qs}}, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(workspaces.size(), kDemoWorkspaces);
    VERIFY_NO_ERROR(sendUsageOf(m_anon, workspaces, day, kItems));
    // A few small accounts.
    QJsonArray records;
    for (int i = 0; i < kSmallAccounts; ++i) {
        const Session small = registerAccount(m_anon, uniqueName(u"crash"_qs));
        VERIFY_NO_ERROR(small.error);
        HttpClient client(m_server.baseUrl(), small.token);
        const QString id = createWorkspace(client, workspaceBody(u"small"_qs, u"cn1"_qs), &error)
                               .value(u"id")
                               .toString();
        VERIFY_NO_ERROR(error);
        records.append(QJsonObject{{u"workspaceId"_qs, id},
                                   {u"item"_qs, u"logs"_qs},
                                   {u"day"_qs, day.toString(Qt::ISODate)},
                                   {u"quantity"_qs, u"1234567"_qs}});
    }
    VERIFY_NO_ERROR(postUsage(m_anon, records));

    // Midnight passes; the kill lands while the day is being written.
    const QString dayText = day.toString(Qt::ISODate);
    VERIFY_STATUS(setClock(m_anon, beijing(day.addDays(1), QTime(0, 0, 2))), 200);
    QVERIFY(
        QTest::qWaitFor([&] { return m_server.log().contains(u"settling \"" + dayText); }, 30000));
    const QVariantList onDay{dayText};
    {
        // The kill lands once some chunks of the big account are written: the restart resumes
        // in the middle of an account-day.
        DatabaseProbe probe(m_server.dbPath());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return probe.number(u"SELECT count(*) FROM bill_lines WHERE day = ?"_qs, onDay)
                       > kDemoWorkspaces;
            },
            60000));
    }
    QVERIFY(m_server.kill());
    {
        DatabaseProbe probe(m_server.dbPath());
        QVERIFY2(probe.text(u"SELECT settled_through FROM settlement_watermark"_qs) < dayText,
                 "the day was settled before the kill: the test proves nothing");
        const QString big = u"(SELECT account_id FROM usage WHERE day = ? GROUP BY account_id "
                            "ORDER BY count(*) DESC LIMIT 1)"_qs;
        const qint64 written = probe.number(
            u"SELECT count(*) FROM bill_lines WHERE day = ? AND account_id = "_qs + big,
            {dayText, dayText});
        QVERIFY2(written > 0 && written < kDemoWorkspaces * kItems.size(),
                 "the kill did not land inside the big account's day");
        QCOMPARE(probe.number(
                     u"SELECT count(*) FROM settled_days WHERE day = ? AND account_id = "_qs + big,
                     {dayText, dayText}),
                 qint64(0));
        // Whole chunks only: a workspace with lines has one for each of its usage records.
        QCOMPARE(probe.number(u"SELECT count(*) FROM (SELECT account_id, workspace_seq, "
                              "count(*) AS n FROM bill_lines WHERE day = ? "
                              "GROUP BY account_id, workspace_seq) b WHERE n <> (SELECT count(*) "
                              "FROM usage u WHERE u.account_id = b.account_id AND u.day = ? "
                              "AND u.workspace_seq = b.workspace_seq AND u.quantity_e4 > 0)"_qs,
                              {dayText, dayText}),
                 qint64(0));
    }

    // Restart; the clock starts from the system's again, so it passes midnight once more.
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    VERIFY_STATUS(setClock(m_anon, beijing(day.addDays(1), QTime(0, 0, 2))), 200);
    DatabaseProbe probe(m_server.dbPath());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return probe.text(u"SELECT settled_through FROM settlement_watermark"_qs) >= dayText;
        },
        60000));

    const qint64 usage =
        probe.number(u"SELECT count(*) FROM usage WHERE day = ? AND quantity_e4 > 0"_qs, onDay);
    QVERIFY(usage >= kDemoWorkspaces * kItems.size() + kSmallAccounts);
    QCOMPARE(probe.number(u"SELECT count(*) FROM bill_lines WHERE day = ?"_qs, onDay), usage);
    QCOMPARE(probe.number(u"SELECT count(*) FROM settled_days WHERE day = ?"_qs, onDay),
             qint64(1 + kSmallAccounts));
    QCOMPARE(probe.number(u"SELECT count(DISTINCT account_id) FROM usage WHERE day = ?"_qs, onDay),
             qint64(1 + kSmallAccounts));
    // Each account's charge is its Billing Center lines, once.
    QCOMPARE(probe.number(u"SELECT count(*) FROM settled_days s WHERE day = ? AND charged_cents <> "
                          "(SELECT coalesce(sum(amount_cents), 0) FROM bill_lines l WHERE "
                          "l.account_id = s.account_id AND l.day = s.day AND "
                          "l.payer_method = 'billing_center')"_qs,
                          onDay),
             qint64(0));
    // The aggregates hold each line once.
    const qint64 cents =
        probe.number(u"SELECT sum(amount_cents) FROM bill_lines WHERE day = ?"_qs, onDay);
    QCOMPARE(probe.number(u"SELECT sum(amount_cents) FROM bill_day_totals WHERE day = ?"_qs, onDay),
             cents);
    QCOMPARE(probe.number(u"SELECT sum(lines) FROM bill_day_totals WHERE day = ?"_qs, onDay),
             usage);
    const QString monthText = day.toString(u"yyyy-MM");
    const QVariantList month{monthText, QString(monthText + u"-%"_qs)};
    QCOMPARE(probe.number(u"SELECT sum(amount_cents) FROM bill_workspace_months WHERE month = ?"_qs,
                          {month.at(0)}),
             probe.number(u"SELECT sum(amount_cents) FROM bill_lines WHERE day LIKE ?"_qs,
                          {month.at(1)}));
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QTEST_GUILESS_MAIN(TestSettlementCrash)
#include "tst_settlement_crash.moc"
