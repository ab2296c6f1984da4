// `billing-desk audit` end to end: the real executable, the real server with events made by
// a bulk apply and a marketplace release, the keychain of the test session (scripts/test
// runs it inside dbus-run-session); then the server stopped and the offline copy used.
#include "ActivityCache.h"
#include "ActivityExport.h"
#include "CliExportFixture.h"
#include "ExportTestFiles.h"
#include "Rfc3339.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kBulk = 20;

QDateTime wholeSecondsNow()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvListsTheEventsTheServerHas();
    void jsonWithFilters();
    void datesAndTheDefaultPeriod();
    void usageErrors_data();
    void usageErrors();
    void unwritableFileFailsAndWritesNothing();
    void noPasswordOrTokenInAnyFile();
    void offlineExportFromTheCopy();
    void unreachableServerFallsBackToTheCopy();
    void noCopyIsAClearError();

private:
    QStringList audit(const QString &format, const QString &output,
                      const QString &user = kDemoUser) const;
    QStringList period() const;

    CliExportFixture m_cli{5};
    HttpClient m_http;
    QUrl m_url;
    QDateTime m_since, m_until;
    QStringList m_serverIds; // GET /audit for [m_since, m_until), newest first
    QStringList m_workspaces;
    QString m_instance;
};

QStringList TestCliAudit::audit(const QString &format, const QString &output,
                                const QString &user) const
{
    return {u"audit"_qs,      u"--server"_qs, m_url.toString(),
            u"--username"_qs, user,           u"--format"_qs,
            format,           u"--output"_qs, output};
}

QStringList TestCliAudit::period() const
{
    return {u"--since"_qs, rfc3339::format(m_since), u"--until"_qs, rfc3339::format(m_until)};
}

void TestCliAudit::initTestCase()
{
    QString started;
    QVERIFY2(m_cli.start(&started), qPrintable(started));
    m_url = m_cli.url();

    m_http.setBaseUrl(m_url);
    const Session session = login(m_http, kDemoUser, kDemoPassword);
    QVERIFY2(session.ok(), qPrintable(session.error));
    m_http.setToken(session.token);

    // The events: kBulk workspaces created, moved to Alibaba Cloud in one bulk apply, then
    // moved back by the marketplace when the subscription is released.
    m_since = wholeSecondsNow().addSecs(-1);
    QString error;
    const QString uid = uniqueUid();
    m_instance = createSandboxInstance(m_http, uid, &error).value(u"instanceId").toString();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QJsonArray changes;
    for (int i = 0; i < kBulk; ++i) {
        const QJsonObject ws =
            createWorkspace(m_http, workspaceBody(uniqueName(u"audit-ws-"_qs), u"cn1"_qs), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_workspaces << ws.value(u"id").toString();
        QJsonObject change = settlementBody(u"aliyun"_qs, uid, m_instance);
        change.insert(u"workspaceId"_qs, m_workspaces.last());
        changes.append(change);
    }
    const HttpReply bulk =
        m_http.post(u"/api/v1/settlement-changes"_qs, QJsonObject{{u"changes"_qs, changes}},
                    {{"Idempotency-Key", "audit-bulk-1"}});
    QVERIFY2(bulk.status == 200, qPrintable(bulk.describe()));
    for (const QJsonValue &result : bulk.object().value(u"results").toArray())
        QCOMPARE(result[u"status"].toString(), u"applied"_qs);
    sandboxInstanceAction(m_http, m_instance, u"release"_qs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_until = wholeSecondsNow().addSecs(1);
    // Every read from here on begins after the period ends, so the copy holds it in full.
    QTRY_VERIFY(QDateTime::currentDateTimeUtc() > m_until);

    const QJsonArray listed = listAll(
        m_http, u"/api/v1/audit"_qs,
        {{u"since"_qs, rfc3339::format(m_since)}, {u"until"_qs, rfc3339::format(m_until)}}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QJsonValue &item : listed)
        m_serverIds << item[u"id"].toString();
    QCOMPARE(m_serverIds.size(), 3 * kBulk);
}

void TestCliAudit::csvListsTheEventsTheServerHas()
{
    const CliRun run = m_cli.run(audit(u"csv"_qs, m_cli.path(u"online.csv"_qs)) << period());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Exported 60 event"_qs), qPrintable(run.out));
    QVERIFY2(!run.err.contains(u"offline"_qs, Qt::CaseInsensitive), qPrintable(run.err));
    const QByteArray csv = readAll(m_cli.path(u"online.csv"_qs));
    QVERIFY(csv.startsWith("id,at,workspace_id,workspace_name,event,actor_kind,actor,"));
    const QList<QStringList> rows = csvRows(csv);
    // The columns by name (docs/export.md): the binding columns grow with the marketplaces.
    const QStringList header = activityCsvHeader();
    const auto at = [&header](const QStringList &row, const char *column) {
        return row.value(header.indexOf(QLatin1String(column)));
    };
    QStringList ids;
    int byUser = 0, byMarketplace = 0, created = 0;
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), header.size());
        ids << row.at(0);
        QVERIFY(m_workspaces.contains(at(row, "workspace_id")));
        if (at(row, "event") == u"created") {
            ++created;
        } else if (at(row, "actor_kind") == u"user") {
            ++byUser;
            QCOMPARE(at(row, "actor"), kDemoUser);
            QCOMPARE(at(row, "to_method"), u"aliyun"_qs);
            QCOMPARE(at(row, "to_instance_id"), m_instance);
            QCOMPARE(at(row, "request_id"), u"audit-bulk-1"_qs); // the bulk apply's request
        } else {
            ++byMarketplace;
            QCOMPARE(at(row, "event"), u"settlement_changed"_qs);
            QCOMPARE(at(row, "actor_kind"), u"marketplace"_qs);
            QCOMPARE(at(row, "actor"), u"aliyun"_qs);
            QCOMPARE(at(row, "from_instance_id"), m_instance);
            QCOMPARE(at(row, "to_method"), u"billing_center"_qs);
            QCOMPARE(at(row, "reason"), u"subscription_released"_qs);
        }
    }
    QCOMPARE(ids, m_serverIds); // the same events in the same order
    QCOMPARE(created, kBulk);
    QCOMPARE(byUser, kBulk);
    QCOMPARE(byMarketplace, kBulk);

    // The offline copy now holds them, and the whole period.
    const auto copy = ActivityCache(m_cli.cacheDirectory(), m_url, kDemoUser).load();
    QVERIFY2(copy, qPrintable(m_cli.cacheDirectory()));
    QVERIFY(copy->holdsAllOf(m_since, m_until));
    QCOMPARE(copy->select(AuditFilter{m_since, m_until, {}, {}, {}, {}}).size(), 3 * kBulk);
    QVERIFY(copy->syncedAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);
}

void TestCliAudit::jsonWithFilters()
{
    CliRun run = m_cli.run(audit(u"json"_qs, m_cli.path(u"released.json"_qs))
                           << period() << u"--actor"_qs << u"marketplace:aliyun"_qs << u"--event"_qs
                           << u"settlement_changed"_qs);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject root = QJsonDocument::fromJson(readAll(m_cli.path(u"released.json"_qs))).object();
    QCOMPARE(root.value(u"format").toString(), u"billing-desk.activity"_qs);
    QCOMPARE(root.value(u"username").toString(), kDemoUser);
    QCOMPARE(root.value(u"server").toString(), m_url.toString());
    QCOMPARE(root[u"period"][u"since"].toString(), rfc3339::format(m_since));
    QCOMPARE(root[u"period"][u"until"].toString(), rfc3339::format(m_until));
    QCOMPARE(root[u"filter"][u"actor"].toString(), u"marketplace:aliyun"_qs);
    QVERIFY(!root.contains(u"syncedAt"));
    const QJsonArray events = root.value(u"events").toArray();
    QCOMPARE(events.size(), kBulk);
    for (const QJsonValue &value : events) {
        const auto event = SettlementEvent::fromJson(value.toObject());
        QVERIFY(event);
        QCOMPARE(event->actor, EventActor::ofMarketplace(u"aliyun"_qs));
        QCOMPARE(event->reason, EventReason::SubscriptionReleased);
    }

    run = m_cli.run(audit(u"json"_qs, m_cli.path(u"one.json"_qs))
                    << period() << u"--workspace"_qs << m_workspaces.first());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    root = QJsonDocument::fromJson(readAll(m_cli.path(u"one.json"_qs))).object();
    const QJsonArray mine = root.value(u"events").toArray();
    QCOMPARE(mine.size(), 3); // created, moved by the user, moved back by the marketplace
    QCOMPARE(mine.at(0)[u"reason"].toString(), u"subscription_released"_qs);
    QCOMPARE(mine.at(2)[u"event"].toString(), u"created"_qs);
    for (const QJsonValue &value : mine)
        QCOMPARE(value[u"workspaceId"].toString(), m_workspaces.first());
}

void TestCliAudit::datesAndTheDefaultPeriod()
{
    // The last 30 days up to now.
    CliRun run = m_cli.run(audit(u"csv"_qs, m_cli.path(u"default.csv"_qs)));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList ids;
    for (const QStringList &row : csvRows(readAll(m_cli.path(u"default.csv"_qs))))
        ids << row.at(0);
    for (const QString &id : std::as_const(m_serverIds))
        QVERIFY2(ids.contains(id), qPrintable(id));

    // Dates: from 00:00 UTC of today to 00:00 UTC of tomorrow.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    run = m_cli.run(audit(u"csv"_qs, m_cli.path(u"today.csv"_qs))
                    << u"--since"_qs << today.toString(Qt::ISODate) << u"--until"_qs
                    << today.addDays(1).toString(Qt::ISODate));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(rfc3339::format(QDateTime(today, QTime(0, 0), Qt::UTC))),
             qPrintable(run.out));
    ids.clear();
    for (const QStringList &row : csvRows(readAll(m_cli.path(u"today.csv"_qs))))
        ids << row.at(0);
    for (const QString &id : std::as_const(m_serverIds))
        QVERIFY2(ids.contains(id), qPrintable(id));
}

void TestCliAudit::usageErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("since after until")
        << QStringList{u"--since"_qs, u"2026-11-02"_qs, u"--until"_qs, u"2026-11-01"_qs}
        << u"--since (2026-11-02T00:00:00Z) must be earlier than --until"_qs;
    QTest::newRow("empty period") << QStringList{u"--since"_qs, u"2026-11-01"_qs, u"--until"_qs,
                                                 u"2026-11-01"_qs}
                                  << u"The period is empty"_qs;
    QTest::newRow("since in words") << QStringList{u"--since"_qs, u"yesterday"_qs}
                                    << u"--since: \"yesterday\" is not a time"_qs;
    QTest::newRow("until without zone")
        << QStringList{u"--until"_qs, u"2026-11-01T08:00:00"_qs} << u"--until:"_qs;
    QTest::newRow("unknown actor") << QStringList{u"--actor"_qs, u"robot"_qs} << u"--actor"_qs;
    QTest::newRow("system with a name")
        << QStringList{u"--actor"_qs, u"system:cron"_qs} << u"--actor"_qs;
    QTest::newRow("unknown event")
        << QStringList{u"--event"_qs, u"deleted"_qs} << u"settlement_changed"_qs;
    QTest::newRow("empty workspace")
        << QStringList{u"--workspace"_qs, u" "_qs} << u"--workspace"_qs;
    QTest::newRow("extra argument") << QStringList{u"more.csv"_qs} << u"Unexpected argument"_qs;
}

void TestCliAudit::usageErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const QString target = m_cli.path(u"usage.csv"_qs);
    const CliRun run = m_cli.run(audit(u"csv"_qs, target) << extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(target));
    // The format and the file are required.
    QCOMPARE(m_cli
                 .run({u"audit"_qs, u"--server"_qs, m_url.toString(), u"--username"_qs, kDemoUser,
                       u"--output"_qs, target})
                 .exitCode,
             2);
    QCOMPARE(m_cli.run(audit(u"xml"_qs, target)).exitCode, 2);
}

void TestCliAudit::unwritableFileFailsAndWritesNothing()
{
    const CliRun run = m_cli.run(audit(u"csv"_qs, m_cli.outDirectory()) << period());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"is a folder"_qs), qPrintable(run.err));
}

void TestCliAudit::noPasswordOrTokenInAnyFile()
{
    const QString token = storedSessionToken(m_url, kDemoUser, this);
    QVERIFY2(token.size() >= 16, "the executable's session token is in the keychain");
    int files = 0;
    const QStringList holding = filesHolding({m_cli.outDirectory(), m_cli.cacheDirectory()},
                                             {kDemoPassword.toUtf8(), token.toUtf8()}, &files);
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u", ")));
    QVERIFY(files >= 5); // the exports and the offline copy
}

void TestCliAudit::offlineExportFromTheCopy()
{
    QVERIFY(m_cli.server().stop());
    CliRun run =
        m_cli.run(audit(u"csv"_qs, m_cli.path(u"offline.csv"_qs)) << period() << u"--offline"_qs);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.startsWith(u"Offline (--offline). Using the offline copy of the activity "
                                "synced "_qs),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u": 60 event"_qs), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"may be missing"_qs), qPrintable(run.err));
    QCOMPARE(readAll(m_cli.path(u"offline.csv"_qs)), readAll(m_cli.path(u"online.csv"_qs)));

    // A period that was never read in full is exported with a warning.
    run = m_cli.run(audit(u"csv"_qs, m_cli.path(u"older.csv"_qs))
                    << u"--since"_qs << u"2020-01-01"_qs << u"--until"_qs
                    << rfc3339::format(m_until) << u"--offline"_qs);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"may be missing"_qs), qPrintable(run.err));
}

void TestCliAudit::unreachableServerFallsBackToTheCopy()
{
    const CliRun run = m_cli.run(audit(u"json"_qs, m_cli.path(u"fallback.json"_qs)) << period());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"could not be reached"_qs), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"--offline"_qs), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"offline copy of the activity"_qs), qPrintable(run.err));
    const QJsonObject root =
        QJsonDocument::fromJson(readAll(m_cli.path(u"fallback.json"_qs))).object();
    QCOMPARE(root.value(u"events").toArray().size(), 3 * kBulk);
    QVERIFY(root.contains(u"syncedAt")); // an offline export says how old its data is
}

void TestCliAudit::noCopyIsAClearError()
{
    const QString target = m_cli.path(u"nobody.csv"_qs);
    const CliRun run = m_cli.run(audit(u"csv"_qs, target, u"nobody"_qs) << u"--offline"_qs);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"no offline copy of the activity"_qs), qPrintable(run.err));
    QVERIFY(!QFile::exists(target));
}

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
