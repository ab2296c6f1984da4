// Keyboard and screen-reader use of the registration wizard, the windows it opens, the
// preferences, log-in, change-settlement, export, activity export and plan-import dialogs: every
// visible input has an accessible name and Tab reaches it. The main window:
// tst_keyboard_main_window.
#include "AccessibilityWalk.h"

#include "ActivityExportDialog.h"
#include "Branding.h"
#include "ChangeSettlementDialog.h"
#include "CredentialStore.h"
#include "ExportDialog.h"
#include "LoginController.h"
#include "LoginDialog.h"
#include "MarketplaceHelpDialog.h"
#include "PlanImportDialog.h"
#include "PreferencesDialog.h"
#include "ProfileStore.h"
#include "RegistrationController.h"
#include "RegistrationTypes.h"
#include "RegistrationWizard.h"
#include "SandboxMailboxWindow.h"
#include "ServerProfilesPage.h"
#include "UnavailableCredentialStore.h"

#include <QFile>
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
    void helpDialog_data();
    void helpDialog();
    void preferencesDialog_data();
    void preferencesDialog();
    void loginDialog();
    void changeSettlementDialog_data();
    void changeSettlementDialog();
    void exportDialog();
    void activityExportDialog();
    void planImportDialog();

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
    qInfo() << "checking" << AccessibilityWalk::inputs(window).size() << "inputs of"
            << window->objectName();
    const QString problems = AccessibilityWalk::problems(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
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

void AccessibilityTest::helpDialog_data()
{
    QTest::addColumn<SettlementMethod>("marketplace");
    for (SettlementMethod method : {SettlementMethod::Aliyun, SettlementMethod::Aws,
                                    SettlementMethod::Huawei, SettlementMethod::Azure})
        QTest::newRow(qPrintable(toWire(method))) << method;
}

void AccessibilityTest::helpDialog()
{
    QFETCH(SettlementMethod, marketplace);
    MarketplaceHelpDialog dialog(Branding::builtIn(), marketplace);
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

void AccessibilityTest::loginDialog()
{
    QSettings settings(m_dir.filePath(QStringLiteral("login.ini")), QSettings::IniFormat);
    ProfileStore profiles(settings);
    profiles.setSandboxUrl(m_url);
    UnavailableCredentialStore credentials;
    LoginController controller(profiles, credentials, &m_network,
                               m_dir.filePath(QStringLiteral("cache")));
    LoginDialog dialog(controller);
    checkWindow(&dialog);
}

namespace {
Workspace workspace(int n, SettlementMethod method)
{
    Workspace ws;
    ws.id = QStringLiteral("ws_a11y_%1").arg(n);
    ws.name = QStringLiteral("observability-%1").arg(n);
    ws.site = n % 2 ? QStringLiteral("cn2") : QStringLiteral("us1");
    ws.settlement.method = method;
    ws.version = 1;
    return ws;
}
} // namespace

void AccessibilityTest::changeSettlementDialog_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("one workspace") << 1;
    QTest::newRow("many workspaces") << 5;
}

void AccessibilityTest::changeSettlementDialog()
{
    QFETCH(int, count);
    QList<Workspace> workspaces;
    for (int n = 0; n < count; ++n)
        workspaces << workspace(n, n % 2 ? SettlementMethod::Aws : SettlementMethod::BillingCenter);
    BillingClient client(&m_network, m_url);
    const QDateTime now(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    ChangeSettlementDialog dialog(client, Branding::builtIn(), workspaces, now, true);
    // Alibaba Cloud shows the binding fields, the most inputs the dialog has.
    dialog.setSelectedMethod(SettlementMethod::Aliyun);
    checkWindow(&dialog);
}

void AccessibilityTest::exportDialog()
{
    ExportSources sources;
    for (int n = 0; n < 4; ++n)
        sources.all << workspace(n, SettlementMethod::BillingCenter);
    sources.selection = sources.all.mid(0, 2);
    sources.filtered = sources.all.mid(1, 3);
    sources.server = m_url;
    sources.username = QStringLiteral("alice");
    sources.syncedAt = QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);
    ExportDialog dialog(sources);
    dialog.setPath(m_dir.filePath(QStringLiteral("export.json")));
    checkWindow(&dialog);
}

void AccessibilityTest::activityExportDialog()
{
    // Online (a client that is never asked): every input enabled.
    BillingClient client(&m_network, m_url);
    ActivityExportDialog dialog(
        new ActivityExportController(&client, m_dir.path(), m_url, QStringLiteral("alice")));
    dialog.setPath(m_dir.filePath(QStringLiteral("activity.csv")));
    checkWindow(&dialog);
}

void AccessibilityTest::planImportDialog()
{
    // A plan with a row that does not exist: the problems table is shown too.
    const QString path = m_dir.filePath(QStringLiteral("plan.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "billing-desk.workspaces", "version": 1,
"exportedAt": "2026-11-26T08:00:00Z", "workspaces": [
{"id": "ws_a11y_0", "name": "observability-0", "site": "us1", "settlement": {"method": "aws"}},
{"id": "ws_nowhere", "name": "gone", "site": "us1", "settlement": {"method": "aws"}}]})");
    file.close();
    PlanImportDialog dialog(path, {workspace(0, SettlementMethod::BillingCenter)});
    QTRY_VERIFY(!dialog.isReading()); // the plan is read off the GUI thread
    checkWindow(&dialog);
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("planIssuesTable"))->isVisible());
}

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
