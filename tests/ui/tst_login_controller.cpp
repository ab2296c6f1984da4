// The log-in decisions without widgets, against the real billing-center on loopback and the
// real system keychain (run under a session bus with an unlocked gnome-keyring); the keychain
// that cannot be reached is the UnavailableCredentialStore fault injector.
#include "ApiHelpers.h"
#include "BillingClient.h"
#include "KeychainCredentialStore.h"
#include "KeychainSession.h"
#include "LoginController.h"
#include "ProfileStore.h"
#include "RegistrationFixture.h"
#include "StartupFixtures.h"
#include "StartupTestBase.h"
#include "UnavailableCredentialStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace billing;
using namespace billing::test;
using Problem = LoginController::Problem;

class TestLoginController : public StartupTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void logIn_data();
    void logIn();

    void sandboxFirstThenTemporaryProfiles();
    void profileFillsInItsUsername();
    void sandboxNotRunningIsNoServer();
    void noUsernameIsAsked();
    void cancelStopsTheAttempt();
    void typingWithdrawsTheOfflineCopy();
    void restartForgetsTheForm();
    void endStopsFollowingTheProfiles();

private:
    std::unique_ptr<LoginController> newController(CredentialStore &store);
    void lookUp(LoginController &controller, const QString &username);
};

void TestLoginController::initTestCase()
{
    startServerWithAccount(QStringLiteral("logctl"));
}

void TestLoginController::init()
{
    freshProfilesAndKeychain();
    m_profiles->setSandboxUrl(m_fixture.server().baseUrl());
}

void TestLoginController::cleanup()
{
    dropProfiles();
}

void TestLoginController::cleanupTestCase()
{
    forgetCredentials();
}

std::unique_ptr<LoginController> TestLoginController::newController(CredentialStore &store)
{
    return std::make_unique<LoginController>(*m_profiles, store, &m_network,
                                             m_dir->filePath(QStringLiteral("cache")));
}

// Types the username and waits for the keychain's answer about a stored password.
void TestLoginController::lookUp(LoginController &controller, const QString &username)
{
    QSignalSpy answers(&controller, &LoginController::storedPasswordChanged);
    controller.setUsername(username);
    answers.clear();
    controller.lookUpStoredPassword();
    QCOMPARE(answers.count(), 1); // at once: nothing known until the keychain answers
    QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 2, kSlow);
}

void TestLoginController::logIn_data()
{
    QTest::addColumn<Keychain>("keychain");
    QTest::addColumn<bool>("stored");      // the right password is in the keychain beforehand
    QTest::addColumn<Server>("server");    // the one the profile names
    QTest::addColumn<bool>("offlineCopy"); // a list saved by an earlier session exists
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("remember");   // "Remember me" as the user leaves it
    QTest::addColumn<Problem>("problem"); // None: logged in
    QTest::addColumn<bool>("offered");    // the offline copy is offered
    QTest::addColumn<bool>("keptAfter");  // the real keychain holds the password afterwards

    const QString right = kDefaultPassword;
    const QString wrong = QStringLiteral("not-the-password");
    const auto real = Keychain::Real;
    const auto none = Keychain::Unavailable;
    const auto up = Server::Running;
    const auto down = Server::Unreachable;
    // clang-format off
    QTest::newRow("typed password")
        << real << false << up << false << right << false << Problem::None << false << false;
    QTest::newRow("typed password, remember me")
        << real << false << up << false << right << true << Problem::None << false << true;
    QTest::newRow("stored password")
        << real << true << up << false << QString() << true << Problem::None << false << true;
    QTest::newRow("stored password, remember me cleared")
        << real << true << up << false << QString() << false << Problem::None << false << false;
    QTest::newRow("typed password wins over the stored one")
        << real << true << up << false << wrong << true << Problem::Failed << false << true;
    QTest::newRow("wrong password")
        << real << false << up << true << wrong << true << Problem::Failed << false << false;
    QTest::newRow("no password typed or stored")
        << real << false << up << false << QString() << false << Problem::NoPassword << false
        << false;
    QTest::newRow("keychain unavailable, remember me")
        << none << false << up << false << right << true << Problem::KeychainRefused << false
        << false;
    QTest::newRow("keychain unavailable")
        << none << false << up << false << right << false << Problem::None << false << false;
    QTest::newRow("keychain unavailable, nothing typed")
        << none << false << up << false << QString() << false << Problem::NoPassword << false
        << false;
    QTest::newRow("server unreachable with an offline copy")
        << real << false << down << true << right << false << Problem::Failed << true << false;
    QTest::newRow("server unreachable without an offline copy")
        << real << false << down << false << right << false << Problem::Failed << false << false;
    // clang-format on
}

void TestLoginController::logIn()
{
    QFETCH(Keychain, keychain);
    QFETCH(bool, stored);
    QFETCH(Server, server);
    QFETCH(bool, offlineCopy);
    QFETCH(QString, typed);
    QFETCH(bool, remember);
    QFETCH(Problem, problem);
    QFETCH(bool, offered);
    QFETCH(bool, keptAfter);

    CredentialStore &store = this->store(keychain);
    const QUrl url = this->url(server);
    const CredentialKey key(url, m_username);
    if (stored) {
        const CredentialResult written = writeNow(m_keychain, key, kDefaultPassword);
        QVERIFY2(written.ok(), qPrintable(written.message));
    }
    if (offlineCopy) {
        const QString error =
            saveOfflineCopy(m_dir->filePath(QStringLiteral("cache")), url, m_username);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    const auto controller = newController(store);
    if (server == Server::Unreachable)
        controller->addTemporaryProfile(
            ServerProfile{QStringLiteral("commandLine"), url.host(), url, {}, false});
    QCOMPARE(controller->currentProfile().url, url);
    lookUp(*controller, m_username);
    QCOMPARE(controller->hasStoredPassword(), stored);
    QCOMPARE(controller->remember(), stored); // a kept password stays kept unless cleared
    controller->setRemember(remember);

    QSignalSpy loggedIn(controller.get(), &LoginController::loggedIn);
    controller->logIn(typed);
    if (problem != Problem::NoPassword) {
        QVERIFY(controller->isBusy());
        QVERIFY(!controller->canLogIn());
        QTRY_VERIFY_WITH_TIMEOUT(!controller->isBusy(), kSlow);
    }
    QCOMPARE(controller->problem(), problem);
    QCOMPARE(loggedIn.count(), problem == Problem::None ? 1 : 0);
    QCOMPARE(controller->offlineCopy().has_value(), offered);
    if (problem == Problem::KeychainRefused)
        QVERIFY2(!controller->problemDetail().isEmpty(), "the keychain's reason is not given");
    if (problem == Problem::Failed) {
        const auto expected =
            server == Server::Running ? ClientError::Kind::Api : ClientError::Kind::Network;
        QCOMPARE(controller->error().kind, expected);
        QVERIFY(!controller->problemDetail().isEmpty());
    }

    std::unique_ptr<BillingClient> client = controller->takeClient();
    std::unique_ptr<KeychainSession> session = controller->takeSession();
    if (problem == Problem::None) {
        QVERIFY(client && session);
        QVERIFY(client->hasSession());
        QCOMPARE(controller->profile().username, m_username);
        QCOMPARE(m_profiles->lastUsedProfileId(), ProfileStore::sandboxProfileId());
    } else {
        QVERIFY(!client && !session);
    }
    if (offered) {
        controller->openOfflineCopy();
        QCOMPARE(loggedIn.count(), 1);
        QVERIFY(controller->isOffline());
        client = controller->takeClient();
        QVERIFY(client && !client->hasSession());
        QCOMPARE(client->baseUrl(), url);
        const auto copy = controller->takeOfflineCopy();
        QVERIFY(copy);
        QCOMPARE(copy->workspaces.size(), 2);
    }
    if (keychain == Keychain::Real)
        QTRY_COMPARE_WITH_TIMEOUT(readNow(m_keychain, key).ok(), keptAfter, kSlow);
    session.reset();
}

void TestLoginController::sandboxFirstThenTemporaryProfiles()
{
    ServerProfile staging;
    staging.name = QStringLiteral("Staging");
    staging.url = QUrl(QStringLiteral("https://billing.example.com"));
    QVERIFY(m_profiles->add(staging).ok());
    const auto controller = newController(m_noKeychain);
    QCOMPARE(controller->currentProfile().id, ProfileStore::sandboxProfileId());
    QSignalSpy changed(controller.get(), &LoginController::profilesChanged);
    controller->addTemporaryProfile(
        ServerProfile{QStringLiteral("commandLine"), u"given"_qs, m_unreachable, {}, false});
    QCOMPARE(changed.count(), 1);
    const QList<ServerProfile> profiles = controller->profiles();
    QCOMPARE(profiles.size(), 3);
    QCOMPARE(profiles.at(0).id, ProfileStore::sandboxProfileId());
    QCOMPARE(profiles.at(1).id, u"commandLine"_qs);
    QCOMPARE(profiles.at(2).name, u"Staging"_qs);
    QCOMPARE(controller->currentProfile().id, u"commandLine"_qs);
    // A profile that is not listed is not chosen.
    controller->selectProfile(QStringLiteral("no-such-profile"));
    QCOMPARE(controller->currentProfile().id, u"commandLine"_qs);
}

void TestLoginController::profileFillsInItsUsername()
{
    ServerProfile staging;
    staging.name = QStringLiteral("Staging");
    staging.url = QUrl(QStringLiteral("https://billing.example.com"));
    staging.username = QStringLiteral("alice.w");
    const QString id = m_profiles->add(staging).id;
    const auto controller = newController(m_noKeychain);
    QSignalSpy username(controller.get(), &LoginController::usernameChanged);
    controller->selectProfile(id);
    QCOMPARE(controller->username(), u"alice.w"_qs);
    QCOMPARE(username.count(), 1);
    // A typed username is not replaced.
    controller->setUsername(QStringLiteral("bob"));
    controller->selectProfile(ProfileStore::sandboxProfileId());
    controller->selectProfile(id);
    QCOMPARE(controller->username(), u"bob"_qs);
}

void TestLoginController::sandboxNotRunningIsNoServer()
{
    m_profiles->setSandboxUrl({});
    const auto controller = newController(m_noKeychain);
    QSignalSpy registration(controller.get(), &LoginController::registerRequested);
    controller->setUsername(m_username);
    controller->logIn(kDefaultPassword);
    QCOMPARE(controller->problem(), Problem::NoServer);
    QVERIFY(!controller->isBusy());
    controller->requestRegistration();
    QCOMPARE(registration.count(), 0);
    QCOMPARE(controller->problem(), Problem::NoServer);

    m_profiles->setSandboxUrl(m_fixture.server().baseUrl());
    controller->requestRegistration();
    QCOMPARE(registration.count(), 1);
    QCOMPARE(registration.constFirst().constFirst().value<ServerProfile>().url,
             m_fixture.server().baseUrl());
}

void TestLoginController::noUsernameIsAsked()
{
    const auto controller = newController(m_noKeychain);
    controller->setUsername(QStringLiteral("   "));
    QVERIFY(!controller->canLogIn());
    controller->logIn(kDefaultPassword);
    QCOMPARE(controller->problem(), Problem::NoUsername);
    QVERIFY(!controller->isBusy());
}

void TestLoginController::cancelStopsTheAttempt()
{
    const auto controller = newController(m_noKeychain);
    QSignalSpy loggedIn(controller.get(), &LoginController::loggedIn);
    controller->setUsername(m_username);
    controller->logIn(kDefaultPassword);
    QVERIFY(controller->isBusy());
    controller->cancelLogIn();
    QVERIFY(!controller->isBusy());
    QCOMPARE(controller->problem(), Problem::Cancelled);
    QVERIFY(!controller->takeClient());
    // The server's answer, when it comes, is dropped.
    QTest::qWait(500);
    QCOMPARE(loggedIn.count(), 0);
    QCOMPARE(controller->problem(), Problem::Cancelled);
}

void TestLoginController::typingWithdrawsTheOfflineCopy()
{
    const QString error =
        saveOfflineCopy(m_dir->filePath(QStringLiteral("cache")), m_unreachable, m_username);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto controller = newController(m_noKeychain);
    controller->addTemporaryProfile(
        ServerProfile{QStringLiteral("commandLine"), u"given"_qs, m_unreachable, {}, false});
    controller->setUsername(m_username);
    controller->logIn(kDefaultPassword);
    QTRY_VERIFY_WITH_TIMEOUT(!controller->isBusy(), kSlow);
    QVERIFY(controller->offlineCopy());
    QSignalSpy withdrawn(controller.get(), &LoginController::offlineCopyChanged);
    controller->setUsername(m_username.chopped(1));
    QCOMPARE(withdrawn.count(), 1);
    QVERIFY(!controller->offlineCopy());
    controller->openOfflineCopy(); // nothing offered: nothing opens
    QVERIFY(!controller->isOffline());
    QVERIFY(!controller->takeClient());
}

void TestLoginController::restartForgetsTheForm()
{
    const auto controller = newController(m_noKeychain);
    controller->addTemporaryProfile(
        ServerProfile{QStringLiteral("commandLine"), u"given"_qs, m_unreachable, {}, false});
    controller->setUsername(m_username);
    controller->setRemember(true);
    controller->logIn(QString());
    QCOMPARE(controller->problem(), Problem::NoPassword);
    controller->restart();
    QCOMPARE(controller->profiles().size(), 1);
    QCOMPARE(controller->currentProfile().id, ProfileStore::sandboxProfileId());
    QVERIFY(controller->username().isEmpty());
    QVERIFY(!controller->remember());
    QCOMPARE(controller->problem(), Problem::None);
}

void TestLoginController::endStopsFollowingTheProfiles()
{
    const auto controller = newController(m_noKeychain);
    QSignalSpy changed(controller.get(), &LoginController::profilesChanged);
    ServerProfile staging;
    staging.name = QStringLiteral("Staging");
    staging.url = QUrl(QStringLiteral("https://billing.example.com"));
    QVERIFY(m_profiles->add(staging).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(controller->profiles().size(), 2);

    controller->end();
    staging.name = QStringLiteral("Production");
    QVERIFY(m_profiles->add(staging).ok());
    QCOMPARE(changed.count(), 1);

    controller->restart();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(controller->profiles().size(), 3);
    staging.name = QStringLiteral("Test");
    QVERIFY(m_profiles->add(staging).ok());
    QCOMPARE(changed.count(), 3);
}

QTEST_GUILESS_MAIN(TestLoginController)
#include "tst_login_controller.moc"
