// `billing-desk export` and `billing-desk validate-plan` end to end: the real executable,
// the real server, the keychain of the test session (scripts/test runs it inside
// dbus-run-session), then the server stopped and the offline copy used instead.
#include "CliExportFixture.h"
#include "ExportTestFiles.h"
#include "WorkspaceCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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
    QString write(const QString &name, const QByteArray &bytes) const;

    CliExportFixture m_cli{60};
    QNetworkAccessManager m_network;
    QList<Workspace> m_workspaces;
};

QString TestCliExport::write(const QString &name, const QByteArray &bytes) const
{
    QFile file(m_cli.path(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

void TestCliExport::initTestCase()
{
    QString started;
    QVERIFY2(m_cli.start(&started), qPrintable(started));

    HttpClient http(m_cli.url());
    const Session session = login(http, kDemoUser, kDemoPassword);
    QVERIFY2(session.ok(), qPrintable(session.error));
    BillingClient client(&m_network, m_cli.url());
    client.setSession(SessionInfo{session.token, {}, {}});
    QString error;
    m_workspaces = fetchAll(client, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_workspaces.size(), 60);
}

void TestCliExport::exportJsonOnline()
{
    const Run run =
        m_cli.run(QStringList{u"export"_qs} << m_cli.profile() << u"--format"_qs << u"json"_qs
                                            << u"--output"_qs << m_cli.path(u"all.json"_qs));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Exported 60 workspace"_qs), qPrintable(run.out));
    QVERIFY2(!run.err.contains(u"offline"_qs, Qt::CaseInsensitive), qPrintable(run.err));
    QFile file(m_cli.path(u"all.json"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"format").toString(), u"billing-desk.workspaces"_qs);
    QCOMPARE(root.value(u"username").toString(), kDemoUser);
    QCOMPARE(root.value(u"workspaces").toArray().size(), m_workspaces.size());
    QVERIFY(!root.contains(u"syncedAt"));

    const auto cached = WorkspaceCache(m_cli.cacheDirectory(), m_cli.url(), kDemoUser).load();
    QVERIFY2(cached, qPrintable(m_cli.cacheDirectory()));
    QCOMPARE(cached->workspaces.size(), m_workspaces.size());
    QVERIFY(cached->syncedAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);
}

void TestCliExport::exportCsvOnline()
{
    const Run run =
        m_cli.run(QStringList{u"export"_qs} << m_cli.profile() << u"--format"_qs << u"csv"_qs
                                            << u"--output"_qs << m_cli.path(u"all.csv"_qs));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(m_cli.path(u"all.csv"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("id,name,site,language,method,aliyun_account_id,huawei_account_id,"
                           "instance_id,subscription_id,status\r\n"));
    for (const Workspace &ws : std::as_const(m_workspaces))
        QVERIFY2(csv.contains(ws.id.toUtf8()), qPrintable(ws.id));
}

void TestCliExport::usageErrors()
{
    QCOMPARE(m_cli
                 .run(QStringList{u"export"_qs} << m_cli.profile() << u"--output"_qs
                                                << m_cli.path(u"x"_qs))
                 .exitCode,
             2);
    QCOMPARE(m_cli
                 .run(QStringList{u"export"_qs} << m_cli.profile() << u"--format"_qs << u"xml"_qs
                                                << u"--output"_qs << m_cli.path(u"x"_qs))
                 .exitCode,
             2);
    QCOMPARE(m_cli
                 .run(QStringList{u"export"_qs} << u"--format"_qs << u"csv"_qs << u"--output"_qs
                                                << m_cli.path(u"x"_qs))
                 .exitCode,
             2);
    QCOMPARE(m_cli.run({u"validate-plan"_qs}).exitCode, 2);
    QCOMPARE(m_cli.run({u"validate-plan"_qs, m_cli.path(u"all.csv"_qs), u"--offline"_qs}).exitCode,
             2);
    // A folder where the file should go: the export fails clearly, nothing is written.
    const Run run =
        m_cli.run(QStringList{u"export"_qs} << m_cli.profile() << u"--format"_qs << u"csv"_qs
                                            << u"--output"_qs << m_cli.outDirectory());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"is a folder"_qs), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_cli.path(u"x"_qs)));
}

void TestCliExport::validatePlanExitCodes()
{
    Run run = m_cli.run({u"validate-plan"_qs, m_cli.path(u"all.csv"_qs)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"valid, 60 row"_qs), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"only the file is checked"_qs), qPrintable(run.err));

    run =
        m_cli.run(QStringList{u"validate-plan"_qs, m_cli.path(u"all.json"_qs)} << m_cli.profile());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"0 change"_qs) && run.out.contains(u"60 row"_qs),
             qPrintable(run.out));

    const QString bad = write(u"bad.csv"_qs, "id,name,site,language,method\r\nws_1,a,cn1,zh,x\r\n");
    run = m_cli.run({u"validate-plan"_qs, bad});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(u"line 1, column "_qs), qPrintable(run.out));

    run = m_cli.run({u"validate-plan"_qs, m_cli.path(u"missing.csv"_qs)});
    QCOMPARE(run.exitCode, 1);

    // As Excel saves it on Chinese Windows with ';' as the list separator.
    run = m_cli.run({u"validate-plan"_qs, QStringLiteral(BILLING_SPREADSHEET_FIXTURES
                                                         "/csv/excel-gb18030-semicolon.csv")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"read as CSV, GB18030, separated by semicolons."_qs)
                 && run.out.contains(u"valid, 20 row"_qs),
             qPrintable(run.out));
}

void TestCliExport::validateEditedCsvAgainstServer()
{
    QFile file(m_cli.path(u"all.csv"_qs));
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

    const Run run = m_cli.run(QStringList{u"validate-plan"_qs, edited} << m_cli.profile());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(u"line 4, column 5 (method)"_qs), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"ws_fedcba9876543210"_qs), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"not valid, 2 problem"_qs), qPrintable(run.out));
}

void TestCliExport::noPasswordOrTokenInAnyFile()
{
    const QString token = storedSessionToken(m_cli.url(), kDemoUser, this);
    QVERIFY2(token.size() >= 16, "the executable's session token is in the keychain");
    int files = 0;
    const QStringList holding = filesHolding({m_cli.outDirectory(), m_cli.cacheDirectory()},
                                             {kDemoPassword.toUtf8(), token.toUtf8()}, &files);
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u", ")));
    QVERIFY(files >= 3); // two exports and the cache at least
}

void TestCliExport::offlineExportFromCache()
{
    QVERIFY(m_cli.server().stop());
    const Run run = m_cli.run(QStringList{u"export"_qs}
                              << m_cli.profile() << u"--format"_qs << u"csv"_qs << u"--output"_qs
                              << m_cli.path(u"offline.csv"_qs) << u"--offline"_qs);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Offline (--offline)."_qs), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"synced less than a minute ago"_qs)
                 || run.err.contains(QRegularExpression(u"synced \\d+ minute"_qs)),
             qPrintable(run.err));
    QFile offline(m_cli.path(u"offline.csv"_qs)), online(m_cli.path(u"all.csv"_qs));
    QVERIFY(offline.open(QIODevice::ReadOnly) && online.open(QIODevice::ReadOnly));
    QCOMPARE(offline.readAll(), online.readAll());
}

void TestCliExport::unreachableServerFallsBackToCache()
{
    const Run run =
        m_cli.run(QStringList{u"export"_qs} << m_cli.profile() << u"--format"_qs << u"json"_qs
                                            << u"--output"_qs << m_cli.path(u"fallback.json"_qs));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"could not be reached"_qs), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"--offline"_qs), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"offline copy of 60 workspace"_qs), qPrintable(run.err));
    QFile file(m_cli.path(u"fallback.json"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"workspaces").toArray().size(), 60);
    QVERIFY(root.contains(u"syncedAt")); // an offline export says how old its data is
}

void TestCliExport::offlineValidationUsesCache()
{
    Run run = m_cli.run(QStringList{u"validate-plan"_qs, m_cli.path(u"edited.csv"_qs)}
                        << m_cli.profile() << u"--offline"_qs);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(u"ws_fedcba9876543210"_qs), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"offline copy"_qs), qPrintable(run.err));
    run = m_cli.run(QStringList{u"validate-plan"_qs, m_cli.path(u"offline.csv"_qs)}
                    << m_cli.profile());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.err.contains(u"could not be reached"_qs), qPrintable(run.err));
}

void TestCliExport::noCacheIsAClearError()
{
    const QString target = m_cli.path(u"nobody.json"_qs);
    const Run run = m_cli.run(QStringList{u"export"_qs}
                              << m_cli.profile(u"nobody"_qs) << u"--format"_qs << u"json"_qs
                              << u"--output"_qs << target << u"--offline"_qs);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"no offline copy"_qs), qPrintable(run.err));
    QVERIFY(!QFile::exists(target));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
