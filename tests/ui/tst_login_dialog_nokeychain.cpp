// The log-in dialog when the system keychain cannot be reached (the UnavailableCredentialStore
// fault injector): "Remember me" fails with the keychain's reason and keeps what was typed;
// without it the log-in works.
#include "ApiHelpers.h"
#include "BillingClient.h"
#include "LoginDialog.h"
#include "ProfileStore.h"
#include "RegistrationFixture.h"
#include "UnavailableCredentialStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
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
} // namespace

class TestLoginDialogNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rememberMeNamesTheKeychain();
    void withoutRememberMeLogsIn();

private:
    void fillIn(bool remember);

    RegistrationFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    UnavailableCredentialStore m_keychain;
    QNetworkAccessManager m_network;
    std::unique_ptr<LoginDialog> m_dialog;
    QString m_username;
};

void TestLoginDialogNoKeychain::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    m_username = uniqueName(QStringLiteral("nokey"));
    const Session session = registerAccount(m_fixture.http(), m_username);
    QVERIFY2(session.ok(), qPrintable(session.error));
}

void TestLoginDialogNoKeychain::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(*m_settings);
    m_profiles->setSandboxUrl(m_fixture.server().baseUrl());
    m_dialog = std::make_unique<LoginDialog>(*m_profiles, m_keychain, &m_network);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestLoginDialogNoKeychain::cleanup()
{
    m_dialog.reset();
    m_profiles.reset();
    m_settings.reset();
}

void TestLoginDialogNoKeychain::fillIn(bool remember)
{
    auto *username = child<QLineEdit>(m_dialog.get(), "usernameLineEdit");
    auto *password = child<QLineEdit>(m_dialog.get(), "passwordLineEdit");
    QVERIFY(username && password);
    QTest::keyClicks(username, m_username);
    QTest::keyClicks(password, kDefaultPassword);
    child<QCheckBox>(m_dialog.get(), "rememberCheckBox")->setChecked(remember);
}

void TestLoginDialogNoKeychain::rememberMeNamesTheKeychain()
{
    fillIn(true);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "logInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), kSlow);
    QCOMPARE(accepted.count(), 0);
    const QString error = m_dialog->errorText();
    QVERIFY2(error.contains("keychain", Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(error.contains("Remember me"), qPrintable(error));
    QVERIFY(child<QLabel>(m_dialog.get(), "loginErrorLabel")->isVisible());
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "usernameLineEdit")->text(), m_username);
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "passwordLineEdit")->text(), kDefaultPassword);
    QVERIFY(!m_dialog->takeClient());
}

void TestLoginDialogNoKeychain::withoutRememberMeLogsIn()
{
    fillIn(false);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "logInButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kSlow);
    std::unique_ptr<BillingClient> client = m_dialog->takeClient();
    QVERIFY(client && client->hasSession());
}

QTEST_MAIN(TestLoginDialogNoKeychain)
#include "tst_login_dialog_nokeychain.moc"
