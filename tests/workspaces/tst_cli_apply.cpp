// `billing-desk apply PLAN` end to end: the real executable, the real server and the
// keychain of the test session (scripts/test runs it inside dbus-run-session).
#include "CliProcess.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace billing;
using namespace billing::test;

namespace {
using Run = CliRun;

const QByteArray kHeader = "id,name,site,language,method,aliyun_account_id,huawei_account_id,"
                           "instance_id,subscription_id,status\r\n";

Run runDesk(const QStringList &arguments, const QByteArray &input = {})
{
    return runCli(QStringLiteral(BILLING_DESK_BIN), arguments, input,
                  QProcessEnvironment::systemEnvironment(), 180000);
}

QJsonObject exportRow(const Workspace &ws, const Settlement &settlement)
{
    return {{u"id"_qs, ws.id},
            {u"name"_qs, ws.name},
            {u"site"_qs, ws.site},
            {u"language"_qs, ws.language},
            {u"settlement"_qs, toJson(settlement)},
            {u"status"_qs, toWire(ws.status)}};
}
} // namespace

class TestCliApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dryRunChangesNothing();
    void applyReportsRejectedRows();
    void csvPlanAllApplied();
    void invalidPlanNamesLineAndColumn();
    void unclaimedSubscriptionRefusedWithItsLine();
    void usageAndLoginErrors();

private:
    QStringList args(const QString &plan, const QString &user = kDemoUser) const;
    QString writePlan(const QString &name, const QByteArray &bytes);
    QList<Workspace> current();
    QList<Workspace> pick(const std::function<bool(const Workspace &)> &predicate, int count);
    QJsonArray historyOf(const QString &workspaceId); // newest first

    TestServer m_server{demoServerOptions(90)};
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<BillingClient> m_client;
    QSet<QString> m_used;
};

void TestCliApply::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run inside dbus-run-session with gnome-keyring (scripts/test does)");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const Run loginRun = runDesk({u"login"_qs, u"--server"_qs, m_server.baseUrl().toString(),
                                  u"--username"_qs, kDemoUser, u"--password-stdin"_qs},
                                 kDemoPassword.toUtf8() + '\n');
    QVERIFY2(loginRun.exitCode == 0, qPrintable(loginRun.err));
    HttpClient http(m_server.baseUrl());
    const Session session = login(http, kDemoUser, kDemoPassword);
    QVERIFY2(session.ok(), qPrintable(session.error));
    m_client = std::make_unique<BillingClient>(&m_network, m_server.baseUrl());
    m_client->setSession(SessionInfo{session.token, {}, {}});
}

QStringList TestCliApply::args(const QString &plan, const QString &user) const
{
    return {u"apply"_qs,      plan, u"--server"_qs, m_server.baseUrl().toString(),
            u"--username"_qs, user};
}

QString TestCliApply::writePlan(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

QList<Workspace> TestCliApply::current()
{
    QString error;
    const QList<Workspace> all = fetchAll(*m_client, &error);
    if (!error.isEmpty())
        qWarning() << error;
    return all;
}

QList<Workspace> TestCliApply::pick(const std::function<bool(const Workspace &)> &predicate,
                                    int count)
{
    QList<Workspace> result;
    for (const Workspace &ws : current()) {
        if (result.size() < count && !m_used.contains(ws.id) && predicate(ws)) {
            result << ws;
            m_used.insert(ws.id);
        }
    }
    return result;
}

QJsonArray TestCliApply::historyOf(const QString &workspaceId)
{
    HttpClient http(m_server.baseUrl(), m_client->session().token);
    QString error;
    const QJsonArray events =
        listAll(http, u"/api/v1/workspaces/%1/history"_qs.arg(workspaceId), {}, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return events;
}

void TestCliApply::dryRunChangesNothing()
{
    const QList<Workspace> rows = pick(
        [](const Workspace &ws) {
            return ws.settlement.method == SettlementMethod::BillingCenter
                   && (ws.site == u"cn4" || ws.site == u"za1");
        },
        2);
    QCOMPARE(rows.size(), 2);
    // Huawei Cloud IDs are typed, and checked by their format before anything is sent.
    QByteArray csv = kHeader;
    for (const Workspace &ws : rows)
        csv += (ws.id + u",\"" + ws.name + u"\"," + ws.site + u',' + ws.language
                + u",huawei,,0A1B2C3D4E5F60718293A4B5C6D7E8F9,hw0123456789abcdef0123,,active\r\n")
                   .toUtf8();
    const Run run = runDesk(args(writePlan(u"dry.csv"_qs, csv)) << u"--dry-run"_qs);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(rows.first().id + u" (" + rows.first().name
                              + u"): Billing Center "
                                u"account → Huawei Cloud"),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"2 changes would be applied"_qs), qPrintable(run.out));
    const QHash<QString, Workspace> after = byId(current());
    for (const Workspace &ws : rows) {
        QCOMPARE(after.value(ws.id).version, ws.version);
        QCOMPARE(historyOf(ws.id).size(), 1); // its creation only
    }
}

void TestCliApply::applyReportsRejectedRows()
{
    const QList<Workspace> all = current();
    const auto onAliyunSite = [](const Workspace &ws) {
        return ws.settlement.method == SettlementMethod::BillingCenter
               && (ws.site == u"cn1" || ws.site == u"cn6");
    };
    const QList<Workspace> noInstance = pick(
        [](const Workspace &ws) {
            return ws.settlement.method == SettlementMethod::BillingCenter && ws.site == u"cn1";
        },
        1);
    const QList<Workspace> tooSoon = pick(onAliyunSite, 1);
    const QList<Workspace> toAliyun = pick(onAliyunSite, 3);
    QCOMPARE(toAliyun.size() + tooSoon.size() + noInstance.size(), 5);
    HttpClient http(m_server.baseUrl(), m_client->session().token);
    QString error;
    const QString uid = u"1234567890123499"_qs;
    const QString instance =
        createSandboxInstance(http, uid, &error).value(u"instanceId").toString();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Changed this month by someone else: going back now is too soon.
    QCOMPARE(http.put(u"/api/v1/workspaces/%1/settlement"_qs.arg(tooSoon.first().id),
                      settlementBody(u"aliyun"_qs, uid, instance))
                 .status,
             200);

    // The export of everything, edited: the unchanged rows stay as they are.
    QHash<QString, Settlement> planned;
    Settlement aliyun;
    aliyun.method = SettlementMethod::Aliyun;
    aliyun.aliyunAccountId = uid;
    aliyun.instanceId = instance;
    for (const Workspace &ws : toAliyun)
        planned.insert(ws.id, aliyun);
    planned.insert(tooSoon.first().id, Settlement{});
    Settlement missing;
    missing.method = SettlementMethod::Aliyun;
    missing.aliyunAccountId = u"1234567890123456"_qs;
    missing.instanceId = u"999999999"_qs;
    planned.insert(noInstance.first().id, missing);
    QJsonArray workspaces;
    for (const Workspace &ws : current())
        workspaces.append(exportRow(ws, planned.value(ws.id, ws.settlement)));
    const QJsonObject plan{{u"format"_qs, u"billing-desk.workspaces"_qs},
                           {u"version"_qs, 1},
                           {u"exportedAt"_qs, u"2026-11-26T08:00:00Z"_qs},
                           {u"server"_qs, m_server.baseUrl().toString()},
                           {u"username"_qs, kDemoUser},
                           {u"workspaces"_qs, workspaces}};
    const Run run = runDesk(args(writePlan(u"plan.json"_qs, QJsonDocument(plan).toJson())));
    QVERIFY2(run.exitCode == 3, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(tooSoon.first().id + u" (" + tooSoon.first().name
                              + u"): change_too_soon: "),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(noInstance.first().id + u" (" + noInstance.first().name
                              + u"): instance_not_found: "),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"3 applied, 2 rejected, %1 unchanged."_qs.arg(all.size() - 5)),
             qPrintable(run.out));
    const QHash<QString, Workspace> after = byId(current());
    for (const Workspace &ws : toAliyun) {
        QCOMPARE(after.value(ws.id).settlement.method, SettlementMethod::Aliyun);
        QCOMPARE(after.value(ws.id).settlement.instanceId, instance);
        // The plan's change is in the history once, as the operator's (issue 16).
        const QJsonArray history = historyOf(ws.id);
        QCOMPARE(history.size(), 2);
        const QJsonObject newest = history.first().toObject();
        QCOMPARE(newest.value(u"event").toString(), u"settlement_changed"_qs);
        QCOMPARE(newest.value(u"actor").toObject().value(u"username").toString(), kDemoUser);
        QCOMPARE(newest.value(u"to").toObject().value(u"method").toString(), u"aliyun"_qs);
    }
    QCOMPARE(after.value(noInstance.first().id).version, noInstance.first().version);
    QCOMPARE(historyOf(noInstance.first().id).size(), 1); // rejected: nothing recorded
    QCOMPARE(historyOf(tooSoon.first().id).size(), 2);    // only the PUT before the plan
}

void TestCliApply::csvPlanAllApplied()
{
    const QList<Workspace> rows =
        pick([](const Workspace &ws) { return ws.settlement.method == SettlementMethod::Aws; }, 3);
    QCOMPARE(rows.size(), 3);
    QByteArray csv = "\xEF\xBB\xBFid,name,site,language,method,aliyun_account_id,instance_id,"
                     "status\r\n";
    for (const Workspace &ws : rows)
        csv += (ws.id + u",x," + ws.site + u",,billing_center,,,\r\n").toUtf8();
    const Run run = runDesk(args(writePlan(u"back.csv"_qs, csv)));
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"3 applied, 0 rejected, 0 unchanged."_qs), qPrintable(run.out));
    // Applying the same plan again changes nothing.
    const Run again = runDesk(args(writePlan(u"back.csv"_qs, csv)));
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(u"0 applied, 0 rejected, 3 unchanged."_qs), qPrintable(again.out));
}

void TestCliApply::invalidPlanNamesLineAndColumn()
{
    const QList<Workspace> rows = pick([](const Workspace &ws) { return ws.site == u"cn1"; }, 2);
    QByteArray csv = "id,name,site,language,method,aliyun_account_id,instance_id,status\n";
    csv += (rows.at(0).id + u",a,cn1,zh,billing_center,,,active\n").toUtf8();
    csv += (rows.at(1).id + u",b,cn1,zh,aliyun,12345,6227091,active\n").toUtf8();
    const Run run = runDesk(args(writePlan(u"bad.csv"_qs, csv)));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"line 3, column 6 (aliyun_account_id)"_qs), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"nothing was applied"_qs), qPrintable(run.err));

    const Run truncated = runDesk(args(writePlan(u"cut.json"_qs, R"({"format":"billing-desk.)")));
    QCOMPARE(truncated.exitCode, 3);
    QVERIFY2(truncated.err.contains(u"line 1, column"_qs), qPrintable(truncated.err));
}

void TestCliApply::unclaimedSubscriptionRefusedWithItsLine()
{
    const QList<Workspace> rows = pick(
        [](const Workspace &ws) {
            return ws.settlement.method == SettlementMethod::BillingCenter && ws.site == u"us1";
        },
        2);
    QCOMPARE(rows.size(), 2);
    // A subscription nobody claimed: the server's list of this account's does not have it.
    const QString nobodys = u"aws-00000000000000000000"_qs;
    QByteArray csv = kHeader;
    csv += (rows.at(0).id + u",a,us1,en,billing_center,,,,,active\r\n").toUtf8();
    csv += (rows.at(1).id + u",b,us1,en,aws,,,,  " + nobodys + u"  ,active\r\n").toUtf8();
    const QString plan = writePlan(u"unclaimed.csv"_qs, csv);
    const Run run = runDesk(args(plan));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"line 3, column 9 (subscription_id): this account has not "
                              "claimed the AWS Marketplace subscription "_qs
                              + nobodys),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"nothing was applied"_qs), qPrintable(run.err));
    QCOMPARE(byId(current()).value(rows.at(1).id).version, rows.at(1).version);

    // validate-plan asks the same server; from the offline copy it cannot tell, and says so.
    const QStringList profile{u"--server"_qs, m_server.baseUrl().toString(), u"--username"_qs,
                              kDemoUser};
    const Run validated = runDesk(QStringList{u"validate-plan"_qs, plan} << profile);
    QCOMPARE(validated.exitCode, 3);
    QVERIFY2(validated.out.contains(u"line 3, column 9 (subscription_id): this account has not "
                                    "claimed"_qs),
             qPrintable(validated.out));
    const Run offline = runDesk(QStringList{u"validate-plan"_qs, plan, u"--offline"_qs} << profile);
    QCOMPARE(offline.exitCode, 3);
    QVERIFY2(offline.out.contains(u"line 3, column 9 (subscription_id): cannot check"_qs),
             qPrintable(offline.out + offline.err));
}

void TestCliApply::usageAndLoginErrors()
{
    QCOMPARE(runDesk({u"apply"_qs, u"--server"_qs, m_server.baseUrl().toString(), u"--username"_qs,
                      kDemoUser})
                 .exitCode,
             2);
    const QString plan = writePlan(
        u"empty.json"_qs, R"({"format":"billing-desk.workspaces","version":1,"workspaces":[]})");
    const Run stranger = runDesk(args(plan, u"nobody-here"_qs));
    QCOMPARE(stranger.exitCode, 5);
    QCOMPARE(runDesk(args(m_dir.filePath(u"missing.json"_qs))).exitCode, 1);
    const Run empty = runDesk(args(plan));
    QCOMPARE(empty.exitCode, 0);
    QVERIFY2(empty.out.contains(u"0 applied"_qs), qPrintable(empty.out));
}

QTEST_GUILESS_MAIN(TestCliApply)
#include "tst_cli_apply.moc"
