// `billing-desk login / whoami / logout` as a new user runs them: the real executable, the
// real server and the real gnome-keyring of the test session.
#include "CliProcess.h"
#include "TestServer.h"

#include <QDirIterator>
#include <QTest>

using namespace billing::test;

namespace {
const QString kDemoPassword = QStringLiteral("demo-pass-2026");

using Run = CliRun;

Run runDesk(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return runCli(QStringLiteral(BILLING_DESK_BIN), arguments, input, environment, 60000);
}

// Every regular file below `dir` whose bytes contain `secret`.
QStringList filesContaining(const QString &dir, const QByteArray &secret)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.size() < 64 * 1024 * 1024 && file.open(QIODevice::ReadOnly)
            && file.readAll().contains(secret))
            hits << file.fileName();
    }
    return hits;
}
} // namespace

class TestCliLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void loginStoresPasswordOnlyInKeychain();
    void laterCommandUsesKeychainAlone();
    void wrongPasswordIsRefused();
    void usageErrors_data();
    void usageErrors();
    void passwordInServerUrlIsRefused_data();
    void passwordInServerUrlIsRefused();
    void logoutForgetRemovesPassword();
    void noDbusNamesTheKeychain();

private:
    QStringList serverArgs() const;

    TestServer m_server{
        TestServer::Options{true, "test-spi-key", {u"--demo-workspaces"_qs, u"3"_qs}, {}}};
};

void TestCliLogin::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run inside dbus-run-session with gnome-keyring (scripts/test does)");
}

QStringList TestCliLogin::serverArgs() const
{
    return {u"--server"_qs, m_server.baseUrl().toString(), u"--username"_qs, u"demo"_qs};
}

void TestCliLogin::versionAndHelp()
{
    const Run version = runDesk({u"--version"_qs});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QRegularExpression(u"billing-desk \\d+\\.\\d+\\.\\d+"_qs)),
             qPrintable(version.out));
    const Run help = runDesk({u"login"_qs, u"--help"_qs});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"--password-stdin"_qs));
}

void TestCliLogin::loginStoresPasswordOnlyInKeychain()
{
    const Run login = runDesk(QStringList{u"login"_qs} + serverArgs() << u"--password-stdin"_qs,
                              kDemoPassword.toUtf8() + "\n");
    QVERIFY2(login.exitCode == 0, qPrintable(login.err));
    QVERIFY2(login.out.contains(u"demo"_qs) && login.out.contains(m_server.baseUrl().toString()),
             qPrintable(login.out));
    const QStringList leaks = filesContaining(QDir::homePath(), kDemoPassword.toUtf8());
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ")));
}

void TestCliLogin::laterCommandUsesKeychainAlone()
{
    const Run whoami = runDesk(QStringList{u"whoami"_qs} + serverArgs());
    QVERIFY2(whoami.exitCode == 0, qPrintable(whoami.err));
    QVERIFY2(whoami.out.contains(u"demo"_qs), qPrintable(whoami.out));
}

void TestCliLogin::wrongPasswordIsRefused()
{
    const Run login = runDesk(QStringList{u"login"_qs} + serverArgs() << u"--password-stdin"_qs,
                              "definitely-wrong\n");
    QCOMPARE(login.exitCode, 1);
    QVERIFY2(login.err.contains(u"Wrong username or password"_qs), qPrintable(login.err));
    // The good password stored before is still there.
    QCOMPARE(runDesk(QStringList{u"whoami"_qs} + serverArgs()).exitCode, 0);
}

void TestCliLogin::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no server") << QStringList{u"login"_qs, u"--username"_qs, u"demo"_qs,
                                              u"--password-stdin"_qs}
                               << u"--server"_qs;
    QTest::newRow("no username") << QStringList{u"whoami"_qs, u"--server"_qs,
                                                u"http://127.0.0.1:1"_qs}
                                 << u"--username"_qs;
    QTest::newRow("password as argument")
        << QStringList{u"login"_qs, u"--server"_qs, u"http://127.0.0.1:1"_qs, u"--username"_qs,
                       u"demo"_qs}
        << u"--password-stdin"_qs;
    QTest::newRow("remote http") << QStringList{
        u"whoami"_qs, u"--server"_qs, u"http://billing.example.com"_qs, u"--username"_qs,
        u"demo"_qs} << u"https://"_qs;
    QTest::newRow("unknown option")
        << QStringList{u"logout"_qs, u"--everything"_qs} << u"everything"_qs;
}

void TestCliLogin::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runDesk(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCliLogin::passwordInServerUrlIsRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("more");
    QTest::newRow("login") << u"login"_qs << QStringList{u"--password-stdin"_qs};
    QTest::newRow("whoami") << u"whoami"_qs << QStringList{};
}

void TestCliLogin::passwordInServerUrlIsRefused()
{
    QFETCH(QString, command);
    QFETCH(QStringList, more);
    QUrl server = m_server.baseUrl();
    server.setUserName(u"demo"_qs);
    server.setPassword(kDemoPassword);
    const Run run = runDesk(
        QStringList{command, u"--server"_qs, server.toString(), u"--username"_qs, u"demo"_qs}
            + more,
        kDemoPassword.toUtf8() + "\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"user name and password"_qs), qPrintable(run.err));
    QVERIFY2(!run.err.contains(kDemoPassword) && !run.out.contains(kDemoPassword),
             "the password was printed");
}

void TestCliLogin::logoutForgetRemovesPassword()
{
    const Run logout = runDesk(QStringList{u"logout"_qs} + serverArgs() << u"--forget"_qs);
    QVERIFY2(logout.exitCode == 0, qPrintable(logout.err));
    const Run whoami = runDesk(QStringList{u"whoami"_qs} + serverArgs());
    QCOMPARE(whoami.exitCode, 5);
    QVERIFY2(whoami.err.contains(u"Log in first"_qs), qPrintable(whoami.err));
}

void TestCliLogin::noDbusNamesTheKeychain()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_qs, u"unix:path=/nonexistent/bus"_qs);
    environment.remove(u"GNOME_KEYRING_CONTROL"_qs);
    const QByteArray secret = "no-dbus-secret-4711";
    const Run login = runDesk(QStringList{u"login"_qs} + serverArgs() << u"--password-stdin"_qs,
                              kDemoPassword.toUtf8(), environment);
    QCOMPARE(login.exitCode, 4);
    QVERIFY2(login.err.contains(u"keychain"_qs), qPrintable(login.err));
    QVERIFY(filesContaining(QDir::homePath(), kDemoPassword.toUtf8()).isEmpty());
    QVERIFY(filesContaining(QDir::homePath(), secret).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_cli_login.moc"
