// `billing-desk export` and `billing-desk validate-plan` end to end: the real executable,
// the real server, the keychain of the test session (scripts/test runs it inside
// dbus-run-session), then the server stopped and the offline copy used instead.
#include "CliProcess.h"
#include "ExportTestFiles.h"
#include "ServerFixture.h"
#include "WorkspaceCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace billing;
using namespace billing::test;

using Run = CliRun;

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportJsonOnline();
    void exportCsvOnline();
    void usageErrors();
    void validatePlanExitCodes();
    void validateEditedCsvAgainstServer();
    void noPasswordOrTokenInAnyFile();
    void offlineExportFromCache();
    void unreachableServerFallsBackToCache();
    void offlineValidationUsesCache();
    void noCacheIsAClearError();

private:
    Run runDesk(const QStringList &arguments, const QByteArray &input = {}) const;
    QStringList profile(const QString &user = kDemoUser) const;
    QString path(const QString &name) const { return m_out.filePath(name); }
    QString write(const QString &name, const QByteArray &bytes) const;
    QString cacheDirectory() const;

    TestServer m_server{demoServerOptions(60)};
    QTemporaryDir m_home; // XDG_DATA_HOME of the executable: where its cache goes
    QTemporaryDir m_out;
    QNetworkAccessManager m_network;
    QList<Workspace> m_workspaces;
    QUrl m_url;
};

Run TestCliExport::runDesk(const QStringList &arguments, const QByteArray &input) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_qs, m_home.path());
    environment.insert(u"LANG"_qs, u"C.UTF-8"_qs);
    return runCli(QStringLiteral(BILLING_DESK_BIN), arguments, input, environment, 120000);
}

QStringList TestCliExport::profile(const QString &user) const
{
    return {u"--server"_qs, m_url.toString(), u"--username"_qs, user};
}

QString TestCliExport::write(const QString &name, const QByteArray &bytes) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

QString TestCliExport::cacheDirectory() const
{
    return m_home.filePath(u"billing-desk/billing-desk/cache"_qs);
}

void TestCliExport::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run inside dbus-run-session with gnome-keyring (scripts/test does)");
    QVERIFY(m_home.isValid() && m_out.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_url = m_server.baseUrl();
    const Run loginRun = runDesk(QStringList{u"login"_qs} << profile() << u"--password-stdin"_qs,
                                 kDemoPassword.toUtf8() + '\n');
    QVERIFY2(loginRun.exitCode == 0, qPrintable(loginRun.err));

    HttpClient http(m_url);
    const Session session = login(http, kDemoUser, kDemoPassword);
    QVERIFY2(session.ok(), qPrintable(session.error));
    BillingClient client(&m_network, m_url);
    client.setSession(SessionInfo{session.token, {}, {}});
    QString error;
    m_workspaces = fetchAll(client, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_workspaces.size(), 60);
}

void TestCliExport::exportJsonOnline()
{
    const Run run = runDesk(QStringList{u"export"_qs} << profile() << u"--format"_qs << u"json"_qs
                                                      << u"--output"_qs << path(u"all.json"_qs));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Exported 60 workspace"_qs), qPrintable(run.out));
    QVERIFY2(!run.err.contains(u"offline"_qs, Qt::CaseInsensitive), qPrintable(run.err));
    QFile file(path(u"all.json"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"format").toString(), u"billing-desk.workspaces"_qs);
    QCOMPARE(root.value(u"username").toString(), kDemoUser);
    QCOMPARE(root.value(u"workspaces").toArray().size(), m_workspaces.size());
    QVERIFY(!root.contains(u"syncedAt"));

    const auto cached = WorkspaceCache(cacheDirectory(), m_url, kDemoUser).load();
    QVERIFY2(cached, qPrintable(cacheDirectory()));
    QCOMPARE(cached->workspaces.size(), m_workspaces.size());
    QVERIFY(cached->syncedAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);
}

void TestCliExport::exportCsvOnline()
{
    const Run run = runDesk(QStringList{u"export"_qs} << profile() << u"--format"_qs << u"csv"_qs
                                                      << u"--output"_qs << path(u"all.csv"_qs));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(path(u"all.csv"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(
        csv.startsWith("id,name,site,language,method,aliyun_account_id,instance_id,status\r\n"));
    for (const Workspace &ws : std::as_const(m_workspaces))
        QVERIFY2(csv.contains(ws.id.toUtf8()), qPrintable(ws.id));
}

void TestCliExport::usageErrors()
{
    QCOMPARE(
        runDesk(QStringList{u"export"_qs} << profile() << u"--output"_qs << path(u"x"_qs)).exitCode,
        2);
    QCOMPARE(runDesk(QStringList{u"export"_qs} << profile() << u"--format"_qs << u"xml"_qs
                                               << u"--output"_qs << path(u"x"_qs))
                 .exitCode,
             2);
    QCOMPARE(runDesk(QStringList{u"export"_qs} << u"--format"_qs << u"csv"_qs << u"--output"_qs
                                               << path(u"x"_qs))
                 .exitCode,
             2);
    QCOMPARE(runDesk({u"validate-plan"_qs}).exitCode, 2);
    QCOMPARE(runDesk({u"validate-plan"_qs, path(u"all.csv"_qs), u"--offline"_qs}).exitCode, 2);
    // A folder where the file should go: the export fails clearly, nothing is written.
    const Run run = runDesk(QStringList{u"export"_qs} << profile() << u"--format"_qs << u"csv"_qs
                                                      << u"--output"_qs << m_out.path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"is a folder"_qs), qPrintable(run.err));
    QVERIFY(!QFile::exists(path(u"x"_qs)));
}

void TestCliExport::validatePlanExitCodes()
{
    Run run = runDesk({u"validate-plan"_qs, path(u"all.csv"_qs)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"valid, 60 row"_qs), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"only the file is checked"_qs), qPrintable(run.err));

    run = runDesk(QStringList{u"validate-plan"_qs, path(u"all.json"_qs)} << profile());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"0 change"_qs) && run.out.contains(u"60 row"_qs),
             qPrintable(run.out));

    const QString bad = write(u"bad.csv"_qs, "id,name,site,language,method\r\nws_1,a,cn1,zh,x\r\n");
    run = runDesk({u"validate-plan"_qs, bad});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(u"line 1, column "_qs), qPrintable(run.out));

    run = runDesk({u"validate-plan"_qs, path(u"missing.csv"_qs)});
    QCOMPARE(run.exitCode, 1);
}

void TestCliExport::validateEditedCsvAgainstServer()
{
    QFile file(path(u"all.csv"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    // As a user would in a text editor: one row to an unknown id, one to an unknown method.
    const QByteArray first = m_workspaces.at(0).id.toUtf8();
    for (QByteArray &line : lines) {
        if (line.startsWith(first))
            line.replace(first, "ws_fedcba9876543210");
    }
    QList<QByteArray> fields = lines[3].split(',');
    const QByteArray kept = lines[3];
    lines[3].replace(QByteArray("," + fields.at(4) + ","), QByteArray(",paypal,"));
    QVERIFY(lines[3] != kept);
    const QString edited = write(u"edited.csv"_qs, lines.join('\n'));

    const Run run = runDesk(QStringList{u"validate-plan"_qs, edited} << profile());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(u"line 4, column 5 (method)"_qs), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"ws_fedcba9876543210"_qs), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"not valid, 2 problem"_qs), qPrintable(run.out));
}

void TestCliExport::noPasswordOrTokenInAnyFile()
{
    const QString token = storedSessionToken(m_url, kDemoUser, this);
    QVERIFY2(token.size() >= 16, "the executable's session token is in the keychain");
    int files = 0;
    const QStringList holding = filesHolding({m_out.path(), cacheDirectory()},
                                             {kDemoPassword.toUtf8(), token.toUtf8()}, &files);
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u", ")));
    QVERIFY(files >= 3); // two exports and the cache at least
}

void TestCliExport::offlineExportFromCache()
{
    QVERIFY(m_server.stop());
    const Run run = runDesk(QStringList{u"export"_qs} << profile() << u"--format"_qs << u"csv"_qs
                                                      << u"--output"_qs << path(u"offline.csv"_qs)
                                                      << u"--offline"_qs);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Offline (--offline)."_qs), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"synced less than a minute ago"_qs)
                 || run.err.contains(QRegularExpression(u"synced \\d+ minute"_qs)),
             qPrintable(run.err));
    QFile offline(path(u"offline.csv"_qs)), online(path(u"all.csv"_qs));
    QVERIFY(offline.open(QIODevice::ReadOnly) && online.open(QIODevice::ReadOnly));
    QCOMPARE(offline.readAll(), online.readAll());
}

void TestCliExport::unreachableServerFallsBackToCache()
{
    const Run run =
        runDesk(QStringList{u"export"_qs} << profile() << u"--format"_qs << u"json"_qs
                                          << u"--output"_qs << path(u"fallback.json"_qs));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"could not be reached"_qs), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"--offline"_qs), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"offline copy of 60 workspace"_qs), qPrintable(run.err));
    QFile file(path(u"fallback.json"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"workspaces").toArray().size(), 60);
    QVERIFY(root.contains(u"syncedAt")); // an offline export says how old its data is
}

void TestCliExport::offlineValidationUsesCache()
{
    Run run = runDesk(QStringList{u"validate-plan"_qs, path(u"edited.csv"_qs)} << profile()
                                                                               << u"--offline"_qs);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(u"ws_fedcba9876543210"_qs), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"offline copy"_qs), qPrintable(run.err));
    run = runDesk(QStringList{u"validate-plan"_qs, path(u"offline.csv"_qs)} << profile());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.err.contains(u"could not be reached"_qs), qPrintable(run.err));
}

void TestCliExport::noCacheIsAClearError()
{
    const QString target = path(u"nobody.json"_qs);
    const Run run =
        runDesk(QStringList{u"export"_qs} << profile(u"nobody"_qs) << u"--format"_qs << u"json"_qs
                                          << u"--output"_qs << target << u"--offline"_qs);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"no offline copy"_qs), qPrintable(run.err));
    QVERIFY(!QFile::exists(target));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
