// The desktop start-up without widgets: the server (given, or the Local sandbox started), the
// log-in, registration instead, signing in and logging out, against the real billing-center on
// loopback and the real system keychain (run under a session bus with an unlocked
// gnome-keyring); the keychain that cannot be reached is the UnavailableCredentialStore fault
// injector.
#include "ApiHelpers.h"
#include "BillingClient.h"
#include "DesktopFlow.h"
#include "KeychainCredentialStore.h"
#include "KeychainSession.h"
#include "ProfileStore.h"
#include "RegistrationController.h"
#include "RegistrationFixture.h"
#include "SandboxLauncher.h"
#include "StartupFixtures.h"
#include "StartupTestBase.h"
#include "UnavailableCredentialStore.h"
#include "WorkspaceSession.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace billing;
using namespace billing::test;
using Problem = LoginController::Problem;
using Stage = DesktopFlow::Stage;

class TestStartupFlow : public StartupTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void logInAndOut_data();
    void logInAndOut();

    void startsTheLocalSandbox();
    void sandboxThatCannotStartFails();
    void registerOptionOpensTheRegistration();
    void registrationFromTheLogInSignsIn();
    void closingTheLogInFinishes();
    void closingTheMainWindowFinishes();

private:
    std::unique_ptr<DesktopFlow> newFlow(const DesktopOptions &options, CredentialStore &store);
    DesktopOptions optionsFor(const QUrl &server) const;
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
};

void TestStartupFlow::initTestCase()
{
    startServerWithAccount(QStringLiteral("startup"));
}

void TestStartupFlow::init()
{
    freshProfilesAndKeychain();
}

void TestStartupFlow::cleanup()
{
    dropProfiles();
}

void TestStartupFlow::cleanupTestCase()
{
    forgetCredentials();
}

DesktopOptions TestStartupFlow::optionsFor(const QUrl &server) const
{
    DesktopOptions options;
    options.server = server;
    options.username = m_username;
    return options;
}

std::unique_ptr<DesktopFlow> TestStartupFlow::newFlow(const DesktopOptions &options,
                                                      CredentialStore &store)
{
    return std::make_unique<DesktopFlow>(options, *m_profiles, store, &m_network, dataDir());
}

void TestStartupFlow::logInAndOut_data()
{
    QTest::addColumn<Keychain>("keychain");
    QTest::addColumn<bool>("stored"); // the right password is in the keychain beforehand
    QTest::addColumn<Server>("server");
    QTest::addColumn<bool>("offlineCopy"); // a list saved by an earlier session exists
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Problem>("problem"); // None: signed in
    QTest::addColumn<bool>("offline");    // signed in with the offline copy

    const QString right = kDefaultPassword;
    const QString wrong = QStringLiteral("not-the-password");
    const auto real = Keychain::Real;
    const auto up = Server::Running;
    const auto down = Server::Unreachable;
    // clang-format off
    QTest::newRow("stored password")
        << real << true << up << false << QString() << Problem::None << false;
    QTest::newRow("typed password")
        << real << false << up << false << right << Problem::None << false;
    QTest::newRow("wrong password")
        << real << false << up << true << wrong << Problem::Failed << false;
    QTest::newRow("keychain unavailable")
        << Keychain::Unavailable << false << up << false << right << Problem::None << false;
    QTest::newRow("server unreachable with an offline copy")
        << real << false << down << true << right << Problem::Failed << true;
    QTest::newRow("server unreachable without an offline copy")
        << real << false << down << false << right << Problem::Failed << false;
    // clang-format on
}

void TestStartupFlow::logInAndOut()
{
    QFETCH(Keychain, keychain);
    QFETCH(bool, stored);
    QFETCH(Server, server);
    QFETCH(bool, offlineCopy);
    QFETCH(QString, typed);
    QFETCH(Problem, problem);
    QFETCH(bool, offline);

    CredentialStore &store = this->store(keychain);
    const QUrl url = this->url(server);
    const CredentialKey key(url, m_username);
    if (stored)
        QVERIFY(writeNow(m_keychain, key, kDefaultPassword).ok());
    if (offlineCopy) {
        const QString error =
            saveOfflineCopy(QDir(dataDir()).filePath(QStringLiteral("cache")), url, m_username);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    const auto flow = newFlow(optionsFor(url), store);
    QSignalSpy stages(flow.get(), &DesktopFlow::stageChanged);
    QSignalSpy loginShown(flow.get(), &DesktopFlow::loginShown);
    flow->start();
    QCOMPARE(flow->stage(), Stage::ProbingServer);
    QTRY_COMPARE_WITH_TIMEOUT(flow->stage(), Stage::LoggingIn, kSlow);
    QCOMPARE(loginShown.count(), 1);
    LoginController &login = flow->login();
    QCOMPARE(login.currentProfile().url, url);
    QCOMPARE(login.username(), m_username); // --username
    QTRY_COMPARE_WITH_TIMEOUT(login.hasStoredPassword(), stored, kSlow);

    login.logIn(typed);
    QTRY_VERIFY_WITH_TIMEOUT(!login.isBusy(), kSlow);
    QCOMPARE(login.problem(), problem);
    QCOMPARE(login.offlineCopy().has_value(), offline);
    if (offline)
        login.openOfflineCopy();
    const bool signedIn = problem == Problem::None || offline;
    if (!signedIn) {
        QCOMPARE(flow->stage(), Stage::LoggingIn);
        QVERIFY(!flow->session() && !flow->client());
        return;
    }
    QCOMPARE(flow->stage(), Stage::SignedIn);
    QVERIFY(flow->session() && flow->client());
    QCOMPARE(flow->session()->profile().url, url);
    QCOMPARE(flow->session()->profile().username, m_username);
    QCOMPARE(flow->session()->isOfflineCopy(), offline);
    QCOMPARE(flow->client()->hasSession(), !offline);
    QCOMPARE(flow->keychain() != nullptr, !offline);
    QCOMPARE(flow->isSandbox(flow->session()->profile()), server == Server::Running);
    QCOMPARE(stages.count(), 3); // probing, logging in, signed in

    // Log out: the main window goes before its session, the session ends on the server, the
    // stored token goes, and the log-in comes back.
    const QString token = flow->client()->session().token;
    bool clientDuringSigningOff = false;
    connect(flow.get(), &DesktopFlow::signingOff, this,
            [&] { clientDuringSigningOff = flow->client() != nullptr; });
    flow->logOut();
    QCOMPARE(flow->stage(), Stage::SigningOut);
    QTRY_COMPARE_WITH_TIMEOUT(flow->stage(), Stage::LoggingIn, kSlow);
    QVERIFY(clientDuringSigningOff);
    QVERIFY(!flow->session() && !flow->client() && !flow->keychain());
    QCOMPARE(loginShown.count(), 2);
    QCOMPARE(login.currentProfile().url, url);
    QVERIFY(login.username().isEmpty()); // --username is for the first log-in only
    if (!offline) {
        HttpClient asUser(m_fixture.server().baseUrl(), token);
        QCOMPARE(asUser.get(QStringLiteral("/api/v1/account")).status, 401);
    }
    if (keychain == Keychain::Real) {
        const auto tokenKey = KeychainSession::sessionTokenKey(key);
        QTRY_COMPARE_WITH_TIMEOUT(readNow(m_keychain, tokenKey).status,
                                  CredentialResult::Status::NotFound, kSlow);
        QCOMPARE(readNow(m_keychain, key).ok(), stored); // a remembered password stays
    }
}

void TestStartupFlow::startsTheLocalSandbox()
{
    const auto flow = newFlow(DesktopOptions{}, m_noKeychain);
    flow->sandbox().setServerProgram(TestServer::binaryPath());
    flow->sandbox().setDataDir(m_dir->filePath(QStringLiteral("sandbox")));
    flow->sandbox().setDemoWorkspaces(3);
    flow->start();
    QCOMPARE(flow->stage(), Stage::StartingSandbox);
    QTRY_COMPARE_WITH_TIMEOUT(flow->stage(), Stage::LoggingIn, kSlow);
    QVERIFY(!m_profiles->sandboxUrl().isEmpty());
    const ServerProfile chosen = flow->login().currentProfile();
    QVERIFY(chosen.sandbox);
    QCOMPARE(chosen.url, m_profiles->sandboxUrl());
    QVERIFY(flow->isSandbox(chosen));
}

void TestStartupFlow::sandboxThatCannotStartFails()
{
    const auto flow = newFlow(DesktopOptions{}, m_noKeychain);
    flow->sandbox().setServerProgram(m_dir->filePath(QStringLiteral("no-such-billing-center")));
    QSignalSpy failed(flow.get(), &DesktopFlow::failed);
    flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(flow->stage(), Stage::Failed, kSlow);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.constFirst().constFirst().toString().isEmpty());
}

void TestStartupFlow::registerOptionOpensTheRegistration()
{
    DesktopOptions options = optionsFor(m_fixture.server().baseUrl());
    options.openRegistration = true;
    const auto flow = newFlow(options, m_noKeychain);
    QSignalSpy started(flow.get(), &DesktopFlow::registrationStarted);
    QSignalSpy loginShown(flow.get(), &DesktopFlow::loginShown);
    flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(flow->stage(), Stage::Registering, kSlow);
    QCOMPARE(started.count(), 1);
    QCOMPARE(loginShown.count(), 0);
    QVERIFY(flow->registration());
    QVERIFY(flow->registration()->isSandbox()); // its sandbox endpoints answered

    // Asking again raises the open wizard instead of a second one.
    QSignalSpy raised(flow.get(), &DesktopFlow::registrationRaised);
    flow->openRegistration(flow->login().currentProfile());
    QCOMPARE(raised.count(), 1);
    QCOMPARE(started.count(), 1);

    // Leaving the wizard goes to the log-in.
    flow->registrationFinished(false);
    QTRY_COMPARE_WITH_TIMEOUT(flow->stage(), Stage::LoggingIn, kSlow);
    QCOMPARE(loginShown.count(), 1);
    QVERIFY(flow->registration());
    flow->registrationClosed();
    QVERIFY(!flow->registration());
}

void TestStartupFlow::registrationFromTheLogInSignsIn()
{
    const auto flow = newFlow(optionsFor(m_fixture.server().baseUrl()), m_noKeychain);
    flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(flow->stage(), Stage::LoggingIn, kSlow);
    QSignalSpy started(flow.get(), &DesktopFlow::registrationStarted);
    QSignalSpy dismissed(flow.get(), &DesktopFlow::loginDismissed);
    flow->login().requestRegistration();
    QCOMPARE(started.count(), 1);
    QCOMPARE(flow->stage(), Stage::Registering);

    // "Log in now" on the wizard's last page hands over the new account's session.
    const Session registered =
        registerAccount(m_fixture.http(), uniqueName(QStringLiteral("newstart")));
    QVERIFY2(registered.ok(), qPrintable(registered.error));
    SessionInfo session;
    session.token = registered.token;
    session.account = accountFromJson(registered.account);
    QVERIFY(session.account);
    flow->registrationLoggedIn(session);
    QCOMPARE(dismissed.count(), 1);
    QCOMPARE(flow->stage(), Stage::SignedIn);
    QCOMPARE(flow->client()->session().token, registered.token);
    QCOMPARE(flow->session()->profile().username, registered.username);
    QVERIFY(!flow->keychain());
    // The wizard closing after that does not bring the log-in back.
    QSignalSpy loginShown(flow.get(), &DesktopFlow::loginShown);
    flow->registrationFinished(false);
    flow->registrationClosed();
    QTest::qWait(50);
    QCOMPARE(loginShown.count(), 0);
    QCOMPARE(flow->stage(), Stage::SignedIn);
}

void TestStartupFlow::closingTheLogInFinishes()
{
    const auto flow = newFlow(optionsFor(m_unreachable), m_noKeychain);
    flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(flow->stage(), Stage::LoggingIn, kSlow);
    flow->loginClosed();
    QCOMPARE(flow->stage(), Stage::Finished);
}

void TestStartupFlow::closingTheMainWindowFinishes()
{
    const auto flow = newFlow(optionsFor(m_fixture.server().baseUrl()), m_noKeychain);
    flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(flow->stage(), Stage::LoggingIn, kSlow);
    flow->login().logIn(kDefaultPassword);
    QTRY_COMPARE_WITH_TIMEOUT(flow->stage(), Stage::SignedIn, kSlow);
    flow->mainWindowClosed();
    QCOMPARE(flow->stage(), Stage::Finished);
}

QTEST_GUILESS_MAIN(TestStartupFlow)
#include "tst_startup_flow.moc"
