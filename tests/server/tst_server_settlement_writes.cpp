// Settling a big billing day must not stall the requests that write (issue 17): while the
// settlement thread writes a day of 10 000 workspaces × 6 items, logins and new workspaces keep
// succeeding instead of failing with 500 once the write lock's wait runs out, and they get in
// between the chunks of the one account's day (some of its lines written, the day not settled).
#include "ApiHelpers.h"
#include "HttpClient.h"
#include "ReplyChecks.h"
#include "TestServer.h"
#include "UsageRecords.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace billing::test;

namespace {
constexpr int kDemoWorkspaces = 10000;
const QString kDemoUser = QStringLiteral("demo");
const QString kDemoPassword = QStringLiteral("demo-pass-2026");
const QStringList kItems{u"timeseries"_qs, u"logs"_qs,       u"apm_traces"_qs,
                         u"rum_pv"_qs,     u"task_calls"_qs, u"apm_profiles"_qs};

QDateTime beijing(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

// "13.40" → 1340.
qint64 cents(const QJsonValue &amount)
{
    return amount.toString().remove(u'.').toLongLong();
}

// A look at the server's database (SQLite's WAL or PostgreSQL's MVCC: it does not block the
// server): true while the day has bill lines but no settled account yet (its only account is
// half written).
class HalfSettledProbe
{
public:
    explicit HalfSettledProbe(const TestServer &server)
        : m_db(server.openDatabaseConnection(u"probe"_qs))
    {}
    ~HalfSettledProbe()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"probe"_qs);
    }
    bool halfSettled(const QString &day)
    {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT EXISTS (SELECT 1 FROM bill_lines WHERE day = ?), "
                      "EXISTS (SELECT 1 FROM settled_days WHERE day = ?)"_qs);
        query.addBindValue(day);
        query.addBindValue(day);
        return query.exec() && query.next() && query.value(0).toBool() && !query.value(1).toBool();
    }

private:
    QSqlDatabase m_db;
};
} // namespace

class TestServerSettlementWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesSucceedWhileABigDayIsSettled();

private:
    TestServer m_server{[] {
        TestServer::Options options;
        options.extraArgs = {u"--demo-workspaces"_qs, QString::number(kDemoWorkspaces)};
        // Seeding them with their history takes 30 s on PostgreSQL on a quiet box (SQLite: 7 s),
        // over the usual 60 s in a loaded run of the suite.
        if (TestServer::onPostgres())
            options.startTimeoutMs = 120000;
        return options;
    }()};
    HttpClient m_anon;
};

void TestServerSettlementWrites::writesSucceedWhileABigDayIsSettled()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    QString error;
    const QDate day = serverNow(m_anon, &error).toOffsetFromUtc(8 * 3600).date();
    VERIFY_NO_ERROR(error);

    Session demo = login(m_anon, kDemoUser, kDemoPassword);
    VERIFY_NO_ERROR(demo.error);
    HttpClient demoClient(m_server.baseUrl(), demo.token);
    const QJsonArray workspaces =
        listAll(demoClient, u"/api/v1/workspaces"_qs, {{u"limit"_qs, u"5000"_qs}}, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(workspaces.size(), kDemoWorkspaces);
    VERIFY_NO_ERROR(sendUsageOf(m_anon, workspaces, day, kItems));

    const QString dayText = day.toString(Qt::ISODate);
    const QString settling = u"settling \""_qs + dayText;
    const QString settled = u"settled \""_qs + dayText;
    VERIFY_STATUS(setClock(m_anon, beijing(day.addDays(1), QTime(0, 0, 2))), 200);
    QVERIFY(QTest::qWaitFor([&] { return m_server.log().contains(settling); }, 30000));

    // Writes of both kinds, one after the other, until the day is settled (a log-in: the
    // clock moved past the old session's end).
    int writesDuringSettlement = 0;
    int writesInsideTheAccountDay = 0;
    int billsWhileHalfSettled = 0;
    const QString month = day.toString(u"yyyy-MM");
    int n = 0;
    HalfSettledProbe probe(m_server);
    while (!m_server.log().contains(settled)) {
        const Session again = login(m_anon, kDemoUser, kDemoPassword);
        VERIFY_NO_ERROR(again.error);
        demoClient.setToken(again.token);
        createWorkspace(demoClient, workspaceBody(u"during-%1"_qs.arg(++n), u"cn1"_qs), &error);
        VERIFY_NO_ERROR(error);
        if (!m_server.log().contains(settled))
            ++writesDuringSettlement;
        if (probe.halfSettled(dayText)) {
            ++writesInsideTheAccountDay;
            // The bills show none of a half-written day, and their figures agree.
            const HttpReply bill = demoClient.get(u"/api/v1/bills"_qs, {{u"month"_qs, month}});
            VERIFY_STATUS(bill, 200);
            const QJsonArray perWorkspace =
                listAll(demoClient, u"/api/v1/bills/"_qs + month + u"/workspaces"_qs,
                        {{u"limit"_qs, u"5000"_qs}}, &error);
            VERIFY_NO_ERROR(error);
            if (probe.halfSettled(dayText)) { // else the day was finished meanwhile
                ++billsWhileHalfSettled;
                QVERIFY(bill.object().value(u"settledThrough").toString() < dayText);
                for (const QJsonValue &byDay : bill.object().value(u"byDay").toArray())
                    QVERIFY(byDay.toObject().value(u"day").toString() < dayText);
                qint64 workspacesCents = 0;
                for (const QJsonValue &row : perWorkspace)
                    workspacesCents += cents(row.toObject().value(u"total"));
                QCOMPARE(workspacesCents, cents(bill.object().value(u"total")));
            }
        }
    }
    QVERIFY(billsWhileHalfSettled > 0);
    QVERIFY2(writesDuringSettlement > 0, "the day was settled before a write got in");
    // One transaction per account-day would let no write in until the whole day is there.
    QVERIFY2(writesInsideTheAccountDay > 0, "no write got in between the chunks of the day");

    // The day itself is whole: one line per usage record.
    const HttpReply lines =
        demoClient.get(u"/api/v1/bill-lines"_qs,
                       {{u"month"_qs, day.toString(u"yyyy-MM")}, {u"limit"_qs, u"1"_qs}});
    VERIFY_STATUS(lines, 200);
    QVERIFY(lines.object().value(u"total").toInteger() >= kDemoWorkspaces * kItems.size());
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QTEST_GUILESS_MAIN(TestServerSettlementWrites)
#include "tst_server_settlement_writes.moc"
