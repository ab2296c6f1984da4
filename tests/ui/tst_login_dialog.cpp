// The log-in dialog as a user drives it, against the real sandbox billing-center and the
// real system keychain (run under a session bus with an unlocked gnome-keyring).
#include "ApiHelpers.h"
#include "BillingClient.h"
#include "KeychainCredentialStore.h"
#include "KeychainSession.h"
#include "LoginDialog.h"
#include "ProfileStore.h"
#include "RegistrationFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kSlow = 60000;

template <typename T> T *child(QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

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

    RegistrationFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    KeychainCredentialStore m_keychain;
    QNetworkAccessManager m_network;
    std::unique_ptr<LoginDialog> m_dialog;
    QString m_username;
    QString m_password = kDefaultPassword;
};

void TestLoginDialog::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    m_username = uniqueName(QStringLiteral("login"));
    const Session session = registerAccount(m_fixture.http(), m_username);
    QVERIFY2(session.ok(), qPrintable(session.error));
}

void TestLoginDialog::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(*m_settings);
    m_profiles->setSandboxUrl(m_fixture.server().baseUrl());
    m_dialog = std::make_unique<LoginDialog>(*m_profiles, m_keychain, &m_network);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestLoginDialog::cleanup()
{
    m_dialog.reset();
    m_profiles.reset();
    m_settings.reset();
}

void TestLoginDialog::cleanupTestCase()
{
    bool done = false;
    m_keychain.remove(CredentialKey(m_fixture.server().baseUrl(), m_username), nullptr,
                      [&](const CredentialResult &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, kSlow);
}

void TestLoginDialog::type(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(m_dialog.get(), name);
    QVERIFY(edit);
    QVERIFY(!edit->accessibleName().isEmpty());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestLoginDialog::clickLogIn()
{
    auto *button = child<QPushButton>(m_dialog.get(), "logInButton");
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestLoginDialog::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), kSlow);
}

void TestLoginDialog::sandboxProfileComesFirst()
{
    ServerProfile other;
    other.name = QStringLiteral("Staging");
    other.url = QUrl(QStringLiteral("https://billing.example.com"));
    QVERIFY(m_profiles->add(other).ok());
    auto *profiles = child<QComboBox>(m_dialog.get(), "profileComboBox");
    QCOMPARE(profiles->count(), 2);
    QCOMPARE(profiles->itemData(0).toString(), ProfileStore::sandboxProfileId());
    QCOMPARE(profiles->itemText(1), "Staging");
    QCOMPARE(m_dialog->profile().id, ProfileStore::sandboxProfileId());
    QVERIFY(!profiles->accessibleName().isEmpty());
}

void TestLoginDialog::wrongPasswordKeepsTheUsername()
{
    type("usernameLineEdit", m_username);
    type("passwordLineEdit", QStringLiteral("not-the-password"));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    clickLogIn();
    QVERIFY(m_dialog->isBusy());
    waitIdle();
    QCOMPARE(accepted.count(), 0);
    auto *error = child<QLabel>(m_dialog.get(), "loginErrorLabel");
    QVERIFY2(error->isVisible() && !error->text().isEmpty(), qPrintable(error->text()));
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "usernameLineEdit")->text(), m_username);
    QVERIFY(!m_dialog->takeClient());
    // Nothing was kept for a password the server refused.
    const auto stored =
        readSync(m_keychain, CredentialKey(m_fixture.server().baseUrl(), m_username));
    QCOMPARE(stored.status, CredentialResult::Status::NotFound);
}

void TestLoginDialog::rememberMeKeepsThePasswordInTheKeychain()
{
    type("usernameLineEdit", m_username);
    type("passwordLineEdit", m_password);
    child<QCheckBox>(m_dialog.get(), "rememberCheckBox")->setChecked(true);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    clickLogIn();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kSlow);
    QCOMPARE(m_dialog->profile().username, m_username);
    QVERIFY(m_dialog->profile().sandbox);
    std::unique_ptr<BillingClient> client = m_dialog->takeClient();
    std::unique_ptr<KeychainSession> session = m_dialog->takeSession();
    QVERIFY(client && session);
    QVERIFY(client->hasSession());
    QVERIFY(client->session().account.has_value());
    QCOMPARE(client->session().account->username, m_username);
    const auto stored =
        readSync(m_keychain, CredentialKey(m_fixture.server().baseUrl(), m_username));
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored.password, m_password);
    session.reset();
}

void TestLoginDialog::storedPasswordLogsInWithoutTyping()
{
    // Needs the password stored by rememberMeKeepsThePasswordInTheKeychain.
    m_dialog->setUsername(m_username);
    auto *note = child<QLabel>(m_dialog.get(), "storedPasswordLabel");
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), kSlow);
    QVERIFY(child<QLineEdit>(m_dialog.get(), "passwordLineEdit")->text().isEmpty());
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    clickLogIn();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kSlow);
    std::unique_ptr<BillingClient> client = m_dialog->takeClient();
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
    m_dialog->addTemporaryProfile(profile);
    QCOMPARE(m_dialog->profile().id, profile.id);
    type("usernameLineEdit", m_username);
    type("passwordLineEdit", m_password);
    clickLogIn();
    waitIdle();
    const QString error = m_dialog->errorText();
    QVERIFY2(!error.isEmpty(), "no error shown");
    QVERIFY2(error.contains("127.0.0.1") || error.contains("reach", Qt::CaseInsensitive)
                 || error.contains("connect", Qt::CaseInsensitive),
             qPrintable(error));
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "passwordLineEdit")->text(), m_password);
}

void TestLoginDialog::cancelStopsABusyLogIn()
{
    QTcpServer silent; // accepts connections into its backlog and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ServerProfile profile;
    profile.id = QStringLiteral("silent");
    profile.name = QStringLiteral("Silent");
    profile.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    m_dialog->addTemporaryProfile(profile);
    type("usernameLineEdit", m_username);
    type("passwordLineEdit", m_password);
    clickLogIn();
    QVERIFY(m_dialog->isBusy());
    QVERIFY(child<QLabel>(m_dialog.get(), "busyLabel")->isVisible());
    QVERIFY(child<QLineEdit>(m_dialog.get(), "usernameLineEdit")->isReadOnly());
    QSignalSpy rejected(m_dialog.get(), &QDialog::rejected);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "cancelButton"), Qt::LeftButton);
    QVERIFY(!m_dialog->isBusy());
    QCOMPARE(rejected.count(), 0);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_dialog->errorText().isEmpty());
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "usernameLineEdit")->text(), m_username);
    // Not busy any more: Cancel closes.
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "cancelButton"), Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
}

void TestLoginDialog::registerLinkNamesTheServer()
{
    QSignalSpy requested(m_dialog.get(), &LoginDialog::registerRequested);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "registerButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const auto profile = requested.constFirst().constFirst().value<ServerProfile>();
    QVERIFY(profile.sandbox);
    QCOMPARE(profile.url, m_fixture.server().baseUrl());
}

QTEST_MAIN(TestLoginDialog)
#include "tst_login_dialog.moc"
