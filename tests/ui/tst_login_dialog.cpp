// The log-in dialog as a user drives it, against the real sandbox billing-center and the
// real system keychain (run under a session bus with an unlocked gnome-keyring).
#include "BillingClient.h"
#include "KeychainCredentialStore.h"
#include "KeychainSession.h"
#include "LoginDialogFixture.h"
#include "WidgetLookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kSlow = 60000;

CredentialResult readSync(CredentialStore &store, const CredentialKey &key)
{
    CredentialResult result = CredentialResult::failed(QStringLiteral("no answer"));
    bool done = false;
    store.read(key, nullptr, [&](const CredentialResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kSlow))
        qWarning("the keychain did not answer");
    return result;
}
} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void sandboxProfileComesFirst();
    void wrongPasswordKeepsTheUsername();
    void rememberMeKeepsThePasswordInTheKeychain();
    void storedPasswordLogsInWithoutTyping();
    void unreachableServerSaysSo();
    void cancelStopsABusyLogIn();
    void registerLinkNamesTheServer();

private:
    void type(const char *name, const QString &text);
    void clickLogIn();
    void waitIdle();

    KeychainCredentialStore m_keychain; // outlives the dialog
    LoginDialogFixture m_login;
    QString m_password = kDefaultPassword;
};

void TestLoginDialog::initTestCase()
{
    QVERIFY2(m_login.start(QStringLiteral("login")), qPrintable(m_login.error()));
}

void TestLoginDialog::init()
{
    QVERIFY(m_login.open(m_keychain));
}

void TestLoginDialog::cleanup()
{
    m_login.close();
}

void TestLoginDialog::cleanupTestCase()
{
    bool done = false;
    m_keychain.remove(CredentialKey(m_login.server().server().baseUrl(), m_login.username()),
                      nullptr, [&](const CredentialResult &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, kSlow);
}

void TestLoginDialog::type(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(m_login.dialog(), name);
    QVERIFY(edit);
    QVERIFY(!edit->accessibleName().isEmpty());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestLoginDialog::clickLogIn()
{
    auto *button = child<QPushButton>(m_login.dialog(), "logInButton");
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestLoginDialog::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_login.dialog()->isBusy(), kSlow);
}

void TestLoginDialog::sandboxProfileComesFirst()
{
    ServerProfile other;
    other.name = QStringLiteral("Staging");
    other.url = QUrl(QStringLiteral("https://billing.example.com"));
    QVERIFY(m_login.profiles().add(other).ok());
    auto *profiles = child<QComboBox>(m_login.dialog(), "profileComboBox");
    QCOMPARE(profiles->count(), 2);
    QCOMPARE(profiles->itemData(0).toString(), ProfileStore::sandboxProfileId());
    QCOMPARE(profiles->itemText(1), "Staging");
    QCOMPARE(m_login.dialog()->profile().id, ProfileStore::sandboxProfileId());
    QVERIFY(!profiles->accessibleName().isEmpty());
}

void TestLoginDialog::wrongPasswordKeepsTheUsername()
{
    type("usernameLineEdit", m_login.username());
    type("passwordLineEdit", QStringLiteral("not-the-password"));
    QSignalSpy accepted(m_login.dialog(), &QDialog::accepted);
    clickLogIn();
    QVERIFY(m_login.dialog()->isBusy());
    waitIdle();
    QCOMPARE(accepted.count(), 0);
    auto *error = child<QLabel>(m_login.dialog(), "loginErrorLabel");
    QVERIFY2(error->isVisible() && !error->text().isEmpty(), qPrintable(error->text()));
    QCOMPARE(child<QLineEdit>(m_login.dialog(), "usernameLineEdit")->text(), m_login.username());
    QVERIFY(!m_login.controller().takeClient());
    // Nothing was kept for a password the server refused.
    const auto stored = readSync(
        m_keychain, CredentialKey(m_login.server().server().baseUrl(), m_login.username()));
    QCOMPARE(stored.status, CredentialResult::Status::NotFound);
}

void TestLoginDialog::rememberMeKeepsThePasswordInTheKeychain()
{
    type("usernameLineEdit", m_login.username());
    type("passwordLineEdit", m_password);
    child<QCheckBox>(m_login.dialog(), "rememberCheckBox")->setChecked(true);
    QSignalSpy accepted(m_login.dialog(), &QDialog::accepted);
    clickLogIn();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kSlow);
    QCOMPARE(m_login.dialog()->profile().username, m_login.username());
    QVERIFY(m_login.dialog()->profile().sandbox);
    std::unique_ptr<BillingClient> client = m_login.controller().takeClient();
    std::unique_ptr<KeychainSession> session = m_login.controller().takeSession();
    QVERIFY(client && session);
    QVERIFY(client->hasSession());
    QVERIFY(client->session().account.has_value());
    QCOMPARE(client->session().account->username, m_login.username());
    const auto stored = readSync(
        m_keychain, CredentialKey(m_login.server().server().baseUrl(), m_login.username()));
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored.password, m_password);
    session.reset();
}

void TestLoginDialog::storedPasswordLogsInWithoutTyping()
{
    // Needs the password stored by rememberMeKeepsThePasswordInTheKeychain.
    m_login.dialog()->setUsername(m_login.username());
    auto *note = child<QLabel>(m_login.dialog(), "storedPasswordLabel");
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), kSlow);
    QVERIFY(child<QLineEdit>(m_login.dialog(), "passwordLineEdit")->text().isEmpty());
    QSignalSpy accepted(m_login.dialog(), &QDialog::accepted);
    clickLogIn();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kSlow);
    std::unique_ptr<BillingClient> client = m_login.controller().takeClient();
    QVERIFY(client && client->hasSession());
}

void TestLoginDialog::unreachableServerSaysSo()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // a port nothing listens on
    ServerProfile profile;
    profile.id = QStringLiteral("commandLine");
    profile.name = QStringLiteral("Command line");
    profile.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_login.controller().addTemporaryProfile(profile);
    QCOMPARE(m_login.dialog()->profile().id, profile.id);
    type("usernameLineEdit", m_login.username());
    type("passwordLineEdit", m_password);
    clickLogIn();
    waitIdle();
    const QString error = m_login.dialog()->errorText();
    QVERIFY2(!error.isEmpty(), "no error shown");
    QVERIFY2(error.contains("127.0.0.1") || error.contains("reach", Qt::CaseInsensitive)
                 || error.contains("connect", Qt::CaseInsensitive),
             qPrintable(error));
    QCOMPARE(child<QLineEdit>(m_login.dialog(), "passwordLineEdit")->text(), m_password);
}

void TestLoginDialog::cancelStopsABusyLogIn()
{
    QTcpServer silent; // accepts connections into its backlog and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ServerProfile profile;
    profile.id = QStringLiteral("silent");
    profile.name = QStringLiteral("Silent");
    profile.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    m_login.controller().addTemporaryProfile(profile);
    type("usernameLineEdit", m_login.username());
    type("passwordLineEdit", m_password);
    clickLogIn();
    QVERIFY(m_login.dialog()->isBusy());
    QVERIFY(child<QLabel>(m_login.dialog(), "busyLabel")->isVisible());
    QVERIFY(child<QLineEdit>(m_login.dialog(), "usernameLineEdit")->isReadOnly());
    QSignalSpy rejected(m_login.dialog(), &QDialog::rejected);
    QTest::mouseClick(child<QPushButton>(m_login.dialog(), "cancelButton"), Qt::LeftButton);
    QVERIFY(!m_login.dialog()->isBusy());
    QCOMPARE(rejected.count(), 0);
    QVERIFY(m_login.dialog()->isVisible());
    QVERIFY(!m_login.dialog()->errorText().isEmpty());
    QCOMPARE(child<QLineEdit>(m_login.dialog(), "usernameLineEdit")->text(), m_login.username());
    // Not busy any more: Cancel closes.
    QTest::mouseClick(child<QPushButton>(m_login.dialog(), "cancelButton"), Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
}

void TestLoginDialog::registerLinkNamesTheServer()
{
    QSignalSpy requested(&m_login.controller(), &LoginController::registerRequested);
    QTest::mouseClick(child<QPushButton>(m_login.dialog(), "registerButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const auto profile = requested.constFirst().constFirst().value<ServerProfile>();
    QVERIFY(profile.sandbox);
    QCOMPARE(profile.url, m_login.server().server().baseUrl());
}

QTEST_MAIN(TestLoginDialog)
#include "tst_login_dialog.moc"
