#pragma once

#include "Branding.h"
#include "ClaimLink.h"
#include "DesktopFlow.h"
#include "DesktopOptions.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QProgressDialog;
class QSettings;

namespace billing {

class BillingClient;
class ClaimLinkInbox;
class CredentialStore;
class LoginDialog;
class MainWindow;
class PreferencesDialog;
class ProfileStore;
class RegistrationWizard;

// The windows of the desktop start-up: translators and icon, then the window for each stage
// of the DesktopFlow (sandbox progress, the log-in dialog, the registration wizard, the main
// window of the profile logged in to). The flow decides; these show it and forward.
class DesktopApplication : public QObject
{
    Q_OBJECT

public:
    explicit DesktopApplication(const DesktopOptions &options, QObject *parent = nullptr);
    ~DesktopApplication() override;

    // The whole GUI branch of main(): parses, creates the QApplication, runs it.
    static int exec(int &argc, char **argv, const QStringList &arguments);

    void start();
    // A later start's command line (see SingleInstance): its window comes to the front and
    // its billingdesk://claim link opens.
    void receiveCommandLine(const QStringList &arguments);
    DesktopFlow &flow() { return *m_flow; }
    // The client of the signed-in profile (nullptr before log-in).
    BillingClient *client() const { return m_flow->client(); }
    LoginDialog *loginDialog() const;
    RegistrationWizard *wizard() const;
    MainWindow *mainWindow() const;

private:
    void showStage(DesktopFlow::Stage stage);
    void showSandboxProgress();
    void showLogin();
    void showRegistration();
    void showMainWindow();
    void openPreferences();
    void fail(const QString &message);
    void raiseCurrentWindow();
    QWidget *currentWindow() const;
    void openLink(const QString &text);
    void openClaim(const ClaimLink &link);

    DesktopOptions m_options;
    Branding m_branding;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<DesktopFlow> m_flow;
    std::unique_ptr<ClaimLinkInbox> m_claimLinks; // after m_flow's connections (see its class)

    QPointer<QProgressDialog> m_progress;
    QPointer<LoginDialog> m_login;
    QPointer<RegistrationWizard> m_wizard;
    QPointer<MainWindow> m_mainWindow;
    QPointer<PreferencesDialog> m_preferences; // a child of the main window
};

} // namespace billing
