// A Billing Center address with user info (https://user:password@host) is refused wherever
// one is given, with a sentence that never repeats the password: the desktop's --server,
// the commands' --server and the shared validator they use.
#include "DesktopOptions.h"
#include "ServerOptions.h"
#include "UrlPolicy.h"

#include <QTest>

using namespace billing;

namespace {
const QString kPassword = QStringLiteral("pw-s3cret-4711");
} // namespace

class TestServerUrlOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validator_data();
    void validator();
    void desktopServerOption_data() { validator_data(); }
    void desktopServerOption();
    void commandServerOption_data() { validator_data(); }
    void commandServerOption();
};

void TestServerUrlOptions::validator_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << u"https://billing.example.com"_qs << true;
    QTest::newRow("loopback http") << u"http://127.0.0.1:8480"_qs << true;
    QTest::newRow("user and password")
        << u"https://alice:%1@billing.example.com"_qs.arg(kPassword) << false;
    QTest::newRow("loopback with password")
        << u"http://alice:%1@127.0.0.1:8480"_qs.arg(kPassword) << false;
    QTest::newRow("user only") << u"https://alice@billing.example.com"_qs << false;
    QTest::newRow("empty password") << u"https://alice:@billing.example.com"_qs << false;
}

void TestServerUrlOptions::validator()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const QString problem = serverUrlProblem(QUrl(url, QUrl::StrictMode));
    QCOMPARE(problem.isEmpty(), accepted);
    if (!accepted) {
        QVERIFY2(problem.contains(u"user name and password"_qs), qPrintable(problem));
        QVERIFY(!problem.contains(kPassword));
    }
}

void TestServerUrlOptions::desktopServerOption()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const DesktopOptions options = DesktopOptions::parse({u"billing-desk"_qs, u"--server"_qs, url});
    QCOMPARE(options.action == DesktopOptions::Action::Run, accepted);
    if (!accepted) {
        QVERIFY2(options.message.contains(u"user name and password"_qs),
                 qPrintable(options.message));
        QVERIFY(!options.message.contains(kPassword));
    }
}

void TestServerUrlOptions::commandServerOption()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    ServerOptions server;
    QCommandLineParser parser;
    server.addTo(parser);
    QVERIFY(parser.parse({u"billing-desk"_qs, u"--server"_qs, url, u"--username"_qs, u"demo"_qs}));
    const QString problem = server.check(parser);
    QCOMPARE(problem.isEmpty(), accepted);
    if (!accepted) {
        QVERIFY2(problem.contains(u"--server"_qs) && problem.contains(u"user name and password"_qs),
                 qPrintable(problem));
        QVERIFY(!problem.contains(kPassword));
    }
}

QTEST_GUILESS_MAIN(TestServerUrlOptions)
#include "tst_server_url_options.moc"
