// The desktop start-up as a user goes through it: --server and --username, the log-in
// dialog, the main window, log-out back to the log-in dialog, and registration one click
// away. The real billing-center and the real keychain (run under a session bus with an
// unlocked gnome-keyring).
#include "ApiHelpers.h"
#include "DesktopApplication.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "RegistrationFixture.h"
#include "RegistrationWizard.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kSlow = 60000;
}

class TestDesktopFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void logInLogOutAndRegister();
    void registrationLeadsToTheMainWindow();

private:
    RegistrationFixture m_fixture;
    QString m_username;
};

void TestDesktopFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("billing-desk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktop_flow"));
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    m_username = uniqueName(QStringLiteral("desk"));
    const Session session = registerAccount(m_fixture.http(), m_username);
    QVERIFY2(session.ok(), qPrintable(session.error));
}

void TestDesktopFlow::logInLogOutAndRegister()
{
    DesktopOptions options;
    options.language = QStringLiteral("en");
    options.server = m_fixture.server().baseUrl();
    options.username = m_username;
    DesktopApplication desktop(options);
    desktop.start();

    QTRY_VERIFY_WITH_TIMEOUT(desktop.loginDialog() && desktop.loginDialog()->isVisible(), kSlow);
    LoginDialog *login = desktop.loginDialog();
    QCOMPARE(login->findChild<QLineEdit *>("usernameLineEdit")->text(), m_username);
    QCOMPARE(login->profile().url, m_fixture.server().baseUrl());
    auto *password = login->findChild<QLineEdit *>("passwordLineEdit");
    password->setFocus();
    QTest::keyClicks(password, kDefaultPassword);
    QTest::mouseClick(login->findChild<QPushButton *>("logInButton"), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(desktop.mainWindow() && desktop.mainWindow()->isVisible(), kSlow);
    QVERIFY(desktop.client() && desktop.client()->hasSession());
    QVERIFY(!desktop.loginDialog());
    HttpClient asUser(m_fixture.server().baseUrl(), desktop.client()->session().token);
    QCOMPARE(asUser.get(QStringLiteral("/api/v1/account")).status, 200);

    Q_EMIT desktop.mainWindow()->logoutRequested();
    QTRY_VERIFY_WITH_TIMEOUT(!desktop.mainWindow(), kSlow);
    QTRY_VERIFY_WITH_TIMEOUT(desktop.loginDialog() && desktop.loginDialog()->isVisible(), kSlow);
    QVERIFY(!desktop.client());
    // The session ended on the server too.
    QCOMPARE(asUser.get(QStringLiteral("/api/v1/account")).status, 401);

    // Registration is one click away and hides the log-in until it is left.
    login = desktop.loginDialog();
    QTest::mouseClick(login->findChild<QPushButton *>("registerButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(desktop.wizard() && desktop.wizard()->isVisible(), kSlow);
    QVERIFY(!login->isVisible());
    desktop.wizard()->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!desktop.wizard(), kSlow);
    QTRY_VERIFY_WITH_TIMEOUT(desktop.loginDialog() && desktop.loginDialog()->isVisible(), kSlow);
}

void TestDesktopFlow::registrationLeadsToTheMainWindow()
{
    DesktopOptions options;
    options.language = QStringLiteral("en");
    options.server = m_fixture.server().baseUrl();
    options.openRegistration = true;
    DesktopApplication desktop(options);
    desktop.start();
    QTRY_VERIFY_WITH_TIMEOUT(desktop.wizard() && desktop.wizard()->isVisible(), kSlow);
    QVERIFY(!desktop.loginDialog());

    // "Log in now" on the wizard's last page hands over the new account's session.
    const Session registered =
        registerAccount(m_fixture.http(), uniqueName(QStringLiteral("newdesk")));
    QVERIFY2(registered.ok(), qPrintable(registered.error));
    SessionInfo session;
    session.token = registered.token;
    session.account = accountFromJson(registered.account);
    QVERIFY(session.account);
    Q_EMIT desktop.wizard()->loginRequested(session);

    QTRY_VERIFY_WITH_TIMEOUT(desktop.mainWindow() && desktop.mainWindow()->isVisible(), kSlow);
    QTRY_VERIFY_WITH_TIMEOUT(!desktop.wizard(), kSlow);
    QVERIFY(!desktop.loginDialog());
    QCOMPARE(desktop.client()->session().token, registered.token);
}

QTEST_MAIN(TestDesktopFlow)
#include "tst_desktop_flow.moc"
