// The log-in dialog when the system keychain cannot be reached (the UnavailableCredentialStore
// fault injector): "Remember me" fails with the keychain's reason and keeps what was typed;
// without it the log-in works.
#include "BillingClient.h"
#include "LoginDialogFixture.h"
#include "UnavailableCredentialStore.h"
#include "WidgetLookup.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kSlow = 60000;
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

    UnavailableCredentialStore m_keychain; // outlives the dialog
    LoginDialogFixture m_login;
};

void TestLoginDialogNoKeychain::initTestCase()
{
    QVERIFY2(m_login.start(QStringLiteral("nokey")), qPrintable(m_login.error()));
}

void TestLoginDialogNoKeychain::init()
{
    QVERIFY(m_login.open(m_keychain));
}

void TestLoginDialogNoKeychain::cleanup()
{
    m_login.close();
}

void TestLoginDialogNoKeychain::fillIn(bool remember)
{
    auto *username = child<QLineEdit>(m_login.dialog(), "usernameLineEdit");
    auto *password = child<QLineEdit>(m_login.dialog(), "passwordLineEdit");
    QVERIFY(username && password);
    QTest::keyClicks(username, m_login.username());
    QTest::keyClicks(password, kDefaultPassword);
    child<QCheckBox>(m_login.dialog(), "rememberCheckBox")->setChecked(remember);
}

void TestLoginDialogNoKeychain::rememberMeNamesTheKeychain()
{
    fillIn(true);
    QSignalSpy accepted(m_login.dialog(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(m_login.dialog(), "logInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_login.dialog()->isBusy(), kSlow);
    QCOMPARE(accepted.count(), 0);
    const QString error = m_login.dialog()->errorText();
    QVERIFY2(error.contains("keychain", Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(error.contains("Remember me"), qPrintable(error));
    QVERIFY(child<QLabel>(m_login.dialog(), "loginErrorLabel")->isVisible());
    QCOMPARE(child<QLineEdit>(m_login.dialog(), "usernameLineEdit")->text(), m_login.username());
    QCOMPARE(child<QLineEdit>(m_login.dialog(), "passwordLineEdit")->text(), kDefaultPassword);
    QVERIFY(!m_login.controller().takeClient());
}

void TestLoginDialogNoKeychain::withoutRememberMeLogsIn()
{
    fillIn(false);
    QSignalSpy accepted(m_login.dialog(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(m_login.dialog(), "logInButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kSlow);
    std::unique_ptr<BillingClient> client = m_login.controller().takeClient();
    QVERIFY(client && client->hasSession());
}

QTEST_MAIN(TestLoginDialogNoKeychain)
#include "tst_login_dialog_nokeychain.moc"
