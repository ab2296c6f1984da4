#pragma once

#include "DesktopOptions.h"
#include "LoginController.h"
#include "ServerProfile.h"
#include "WorkspaceCache.h"

#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace billing {

class BillingClient;
class CredentialStore;
class KeychainSession;
class ProfileStore;
class RegistrationController;
class SandboxLauncher;
struct SessionReply;
using SessionInfo = SessionReply;
class WorkspaceSession;

// The desktop start-up and log-out without widgets. start() finds the Billing Center (the
// one given on the command line, or the Local sandbox started on a free port), then the
// user logs in (or registers first), then works signed in; logging out ends the session on
// the server and goes back to the log-in. The windows follow the signals and forward what
// the user does; they are closed before what they show is destroyed.
class DesktopFlow : public QObject
{
    Q_OBJECT

public:
    enum class Stage {
        Idle,
        StartingSandbox,
        ProbingServer, // does the given server offer the sandbox endpoints?
        LoggingIn,
        Registering, // instead of logging in (registering while signed in stays SignedIn)
        SignedIn,
        SigningOut,
        Failed,   // the sandbox could not start
        Finished, // the user closed the last window: quit
    };
    Q_ENUM(Stage)

    // Each profile's journal and cache go under `dataDirectory` (see WorkspaceSession).
    DesktopFlow(const DesktopOptions &options, ProfileStore &profiles, CredentialStore &credentials,
                QNetworkAccessManager *network, const QString &dataDirectory,
                QObject *parent = nullptr);
    ~DesktopFlow() override;

    // The launcher start() uses when no server is given (settable before start()).
    SandboxLauncher &sandbox() { return *m_sandbox; }
    void start();
    Stage stage() const { return m_stage; }

    LoginController &login() { return m_login; }
    // While a registration is open (nullptr otherwise).
    RegistrationController *registration() const { return m_registration.get(); }
    // The signed-in profile's client, keychain session (nullptr after registering or offline)
    // and workspaces; nullptr while nobody is signed in.
    BillingClient *client() const { return m_client.get(); }
    KeychainSession *keychain() const { return m_keychain.get(); }
    WorkspaceSession *session() const { return m_session.get(); }
    // The Local sandbox, or a given server whose sandbox endpoints answered.
    bool isSandbox(const ServerProfile &profile) const;

    // What the windows forward.
    void loginClosed(); // the log-in dialog was closed without logging in
    void openRegistration(const ServerProfile &profile);
    void registrationLoggedIn(const billing::SessionInfo &session); // "Log in now"
    void registrationFinished(bool accepted);                       // the wizard was closed
    void registrationClosed();                                      // ... and is gone
    void logOut();
    void mainWindowClosed(); // by the user, not by logging out

Q_SIGNALS:
    void stageChanged(billing::DesktopFlow::Stage stage);
    void failed(const QString &message);
    // Show the log-in form (login()), or raise it when it is already shown.
    void loginShown();
    // The log-in form is not wanted any more (a registration logged in).
    void loginDismissed();
    // Show a wizard on registration(); while one is open, raise it instead.
    void registrationStarted();
    void registrationRaised();
    // Show the main window of session().
    void signedIn();
    // Close the main window now: its session is about to be destroyed.
    void signingOff();

private:
    void setStage(Stage stage);
    void probeServer(const QUrl &url);
    void serverReady();
    void showLogIn();
    void signIn(std::unique_ptr<BillingClient> client, std::unique_ptr<KeychainSession> keychain,
                const ServerProfile &profile,
                std::optional<WorkspaceCache::Contents> offlineCopy = std::nullopt);
    void backToLogIn();
    void closeSignedIn();
    void releaseSignedIn();

    DesktopOptions m_options;
    ProfileStore &m_profiles;
    CredentialStore &m_credentials;
    QNetworkAccessManager *m_network;
    QString m_dataDirectory;
    SandboxLauncher *m_sandbox;
    Stage m_stage = Stage::Idle;
    QUrl m_commandLineServer;
    bool m_commandLineServerIsSandbox = false;
    bool m_firstLogin = true;

    LoginController m_login;
    bool m_loginShown = false; // a log-in form exists (shown, or hidden behind the wizard)

    ServerProfile m_registrationProfile;
    std::unique_ptr<BillingClient> m_registrationClient;
    std::unique_ptr<RegistrationController> m_registration;

    // The signed-in profile; destroyed in reverse order (session, keychain, client).
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<KeychainSession> m_keychain;
    std::unique_ptr<WorkspaceSession> m_session;
};

} // namespace billing
