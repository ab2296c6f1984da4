// Keyboard and screen-reader use of the registration wizard, the windows it opens and the
// preferences dialog: every visible input has an accessible name and Tab reaches it.
#include "AccessibilityWalk.h"

#include "AliyunHelpDialog.h"
#include "Branding.h"
#include "CredentialStore.h"
#include "PreferencesDialog.h"
#include "ProfileStore.h"
#include "RegistrationController.h"
#include "RegistrationTypes.h"
#include "RegistrationWizard.h"
#include "SandboxMailboxWindow.h"
#include "ServerProfilesPage.h"
#include "UnavailableCredentialStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

using namespace billing;
using namespace billing::test;

class AccessibilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wizardPage_data();
    void wizardPage();
    void mailboxWindow();
    void helpDialog();
    void preferencesDialog_data();
    void preferencesDialog();

private:
    void checkWindow(QWidget *window);

    QNetworkAccessManager m_network;
    // Nothing listens here: the windows are only looked at, never submitted.
    const QUrl m_url{QStringLiteral("http://127.0.0.1:9")};
    QTemporaryDir m_dir;
};

void AccessibilityTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void AccessibilityTest::checkWindow(QWidget *window)
{
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QList<QWidget *> inputs = AccessibilityWalk::inputs(window);
    QVERIFY2(!inputs.isEmpty(), "no input found: the walk would prove nothing");
    qInfo() << "checking" << inputs.size() << "inputs of" << window->objectName();
    const QStringList unnamed = AccessibilityWalk::unnamed(window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("inputs without an accessible name: ")
                                           + unnamed.join(QStringLiteral(", "))));
    const QStringList unreachable = AccessibilityWalk::unreachable(window);
    QVERIFY2(unreachable.isEmpty(), qPrintable(QStringLiteral("inputs Tab does not reach: ")
                                               + unreachable.join(QStringLiteral(", "))));
}

void AccessibilityTest::wizardPage_data()
{
    QTest::addColumn<int>("step");
    QTest::newRow("basic") << int(RegistrationStep::Basic);
    QTest::newRow("corporate") << int(RegistrationStep::Corporate);
    QTest::newRow("activation") << int(RegistrationStep::Activation);
    QTest::newRow("done") << int(RegistrationStep::Done);
}

void AccessibilityTest::wizardPage()
{
    QFETCH(int, step);
    BillingClient client(&m_network, m_url);
    RegistrationController controller(client);
    controller.setSandbox(true);
    RegistrationWizard wizard(controller, Branding::builtIn());
    wizard.setStartId(step);
    checkWindow(&wizard);
    QCOMPARE(wizard.currentId(), step);
}

void AccessibilityTest::mailboxWindow()
{
    BillingClient client(&m_network, m_url);
    SandboxMailboxWindow window(client);
    checkWindow(&window);
}

void AccessibilityTest::helpDialog()
{
    AliyunHelpDialog dialog(Branding::builtIn());
    checkWindow(&dialog);
}

void AccessibilityTest::preferencesDialog_data()
{
    QTest::addColumn<int>("tab");
    QTest::newRow("server profiles") << 0;
    QTest::newRow("language") << 1;
}

void AccessibilityTest::preferencesDialog()
{
    QFETCH(int, tab);
    QSettings settings(
        m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".ini")),
        QSettings::IniFormat);
    ProfileStore profiles(settings);
    ServerProfile staging;
    staging.name = QStringLiteral("Staging");
    staging.url = QUrl(QStringLiteral("https://billing.example.com"));
    staging.username = QStringLiteral("alice");
    QVERIFY(profiles.add(staging).ok());
    UnavailableCredentialStore credentials;
    PreferencesDialog dialog(profiles, credentials, settings);
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("preferencesTabWidget"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(tab);
    if (tab == 0) // a user profile: every field and button is enabled
        QVERIFY(dialog.profilesPage()->selectProfile(profiles.profiles().last().id));
    checkWindow(&dialog);
}

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
