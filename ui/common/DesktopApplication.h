#pragma once

#include "BillingClient.h"
#include "Branding.h"
#include "DesktopOptions.h"
#include "ServerProfile.h"
#include "WorkspaceCache.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QProgressDialog;
class QSettings;

namespace billing {

class CredentialStore;
class KeychainSession;
class LoginDialog;
class MainWindow;
class PreferencesDialog;
class ProfileStore;
class RegistrationController;
class RegistrationWizard;
class SandboxLauncher;
class WorkspaceSession;

// The desktop start-up after the command line: translators, the Billing Center (the one
// given, or the Local sandbox started on a free port), the log-in dialog (or the
// registration wizard), then the main window of the profile logged in to. Logging out
// brings the log-in dialog back.
class DesktopApplication : public QObject
{
    Q_OBJECT

public:
    explicit DesktopApplication(const DesktopOptions &options, QObject *parent = nullptr);
    ~DesktopApplication() override;

    // The whole GUI branch of main(): parses, creates the QApplication, runs it.
    static int exec(int &argc, char **argv, const QStringList &arguments);

    void start();
    // The client of the signed-in profile (nullptr before log-in).
    BillingClient *client() const { return m_client.get(); }
    LoginDialog *loginDialog() const;
    RegistrationWizard *wizard() const;
    MainWindow *mainWindow() const;

Q_SIGNALS:
    // The user logged in (log-in dialog or "Log in now" after registering).
    void loggedIn(const billing::SessionInfo &session);

private:
    void startSandbox();
    void useServer(const QUrl &url);
    void serverReady();
    void showLogin();
    void openRegistration(const ServerProfile &profile);
    void onLoggedIn(std::unique_ptr<BillingClient> client,
                    std::unique_ptr<KeychainSession> keychain, const ServerProfile &profile,
                    std::optional<WorkspaceCache::Contents> offlineCopy = std::nullopt);
    void openPreferences();
    void logOut();
    void closeSignedIn();
    bool isSandbox(const ServerProfile &profile) const;
    void fail(const QString &message);

    DesktopOptions m_options;
    Branding m_branding;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
    QPointer<QProgressDialog> m_progress;
    SandboxLauncher *m_sandbox = nullptr;
    QUrl m_commandLineServer;
    bool m_commandLineServerIsSandbox = false;
    bool m_firstLogin = true;

    QPointer<LoginDialog> m_login;
    std::unique_ptr<BillingClient> m_registrationClient;
    std::unique_ptr<RegistrationController> m_registration;
    QPointer<RegistrationWizard> m_wizard;

    // The signed-in profile; destroyed in reverse order (window, session, keychain, client).
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<KeychainSession> m_keychain;
    std::unique_ptr<WorkspaceSession> m_session;
    QPointer<MainWindow> m_mainWindow;
    QPointer<PreferencesDialog> m_preferences; // a child of the main window
};

} // namespace billing
