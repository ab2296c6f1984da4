#include "DesktopFlow.h"

#include "BillingClient.h"
#include "CredentialKey.h"
#include "CredentialStore.h"
#include "KeychainSession.h"
#include "LogoutJob.h"
#include "PageJob.h"
#include "ProfileStore.h"
#include "RegistrationController.h"
#include "SandboxLauncher.h"
#include "WorkspaceSession.h"

#include <QDir>
#include <QLoggingCategory>

// The category DesktopApplication logged under before the flow moved here.
Q_LOGGING_CATEGORY(lcDesktop, "billing.ui.desktop", QtInfoMsg)

namespace billing {
namespace {
const QString kCommandLineProfileId = QStringLiteral("commandLine");

ServerProfile commandLineProfile(const QUrl &server)
{
    return ServerProfile{kCommandLineProfileId, server.host(), server, {}, false};
}
} // namespace

DesktopFlow::DesktopFlow(const DesktopOptions &options, ProfileStore &profiles,
                         CredentialStore &credentials, QNetworkAccessManager *network,
                         const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_network(network)
    , m_dataDirectory(dataDirectory)
    , m_sandbox(new SandboxLauncher(this))
    , m_login(profiles, credentials, network, QDir(dataDirectory).filePath(QStringLiteral("cache")))
{
    connect(&m_login, &LoginController::loggedIn, this, [this] {
        m_loginShown = false;
        m_login.end();
        signIn(m_login.takeClient(), m_login.takeSession(), m_login.profile(),
               m_login.takeOfflineCopy());
    });
    connect(&m_login, &LoginController::registerRequested, this, &DesktopFlow::openRegistration);
    m_login.end(); // idle until showLogIn() starts a log-in
}

DesktopFlow::~DesktopFlow()
{
    m_registration.reset();
    releaseSignedIn();
    m_registrationClient.reset();
}

void DesktopFlow::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void DesktopFlow::start()
{
    if (!m_options.server.isEmpty()) {
        probeServer(m_options.server);
        return;
    }
    setStage(Stage::StartingSandbox);
    connect(m_sandbox, &SandboxLauncher::ready, this, [this](const QUrl &url) {
        if (!m_profiles.sandboxUrl().isEmpty())
            return;
        qCInfo(lcDesktop) << "local sandbox at" << url;
        m_profiles.setSandboxUrl(url);
        serverReady();
    });
    connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString &message) {
        qCWarning(lcDesktop) << "cannot start:" << message;
        setStage(Stage::Failed);
        Q_EMIT failed(message);
    });
    m_sandbox->start();
}

// A server given with --server may be a sandbox too (scripts/demo starts one): its
// sandbox endpoints answer, a production server's do not.
void DesktopFlow::probeServer(const QUrl &url)
{
    qCInfo(lcDesktop) << "using the Billing Center at" << url;
    setStage(Stage::ProbingServer);
    m_commandLineServer = url;
    auto *probeClient = new BillingClient(m_network, url, this);
    auto *probe =
        new PageJob(*probeClient, QStringLiteral("/api/v1/sandbox/mailbox"),
                    QUrlQuery{{QStringLiteral("limit"), QStringLiteral("1")}}, false, probeClient);
    connect(probe, &ApiJob::finished, this, [this, probe, probeClient] {
        m_commandLineServerIsSandbox = probe->ok();
        qCInfo(lcDesktop) << "sandbox endpoints"
                          << (m_commandLineServerIsSandbox ? "present" : "absent");
        probeClient->deleteLater();
        serverReady();
    });
    probe->start();
}

bool DesktopFlow::isSandbox(const ServerProfile &profile) const
{
    if (profile.sandbox)
        return true;
    return m_commandLineServerIsSandbox
           && CredentialKey::normalisedUrl(profile.url)
                  == CredentialKey::normalisedUrl(m_commandLineServer);
}

void DesktopFlow::serverReady()
{
    if (!m_options.openRegistration) {
        showLogIn();
        return;
    }
    m_options.openRegistration = false;
    openRegistration(m_commandLineServer.isEmpty()
                         ? m_profiles.find(ProfileStore::sandboxProfileId()).value()
                         : commandLineProfile(m_commandLineServer));
}

void DesktopFlow::showLogIn()
{
    setStage(Stage::LoggingIn);
    if (m_loginShown) {
        Q_EMIT loginShown();
        return;
    }
    m_loginShown = true;
    m_login.restart();
    if (!m_commandLineServer.isEmpty()) {
        const QString wanted = CredentialKey::normalisedUrl(m_commandLineServer);
        QString stored;
        for (const ServerProfile &profile : m_profiles.profiles()) {
            if (!profile.sandbox && CredentialKey::normalisedUrl(profile.url) == wanted)
                stored = profile.id;
        }
        if (stored.isEmpty())
            m_login.addTemporaryProfile(commandLineProfile(m_commandLineServer));
        else
            m_login.selectProfile(stored);
    }
    if (m_firstLogin && !m_options.username.isEmpty()) {
        m_login.setUsername(m_options.username);
        m_login.lookUpStoredPassword();
    }
    m_firstLogin = false;
    Q_EMIT loginShown();
}

void DesktopFlow::loginClosed()
{
    m_loginShown = false;
    m_login.end();
    if (!m_session && !m_registration)
        setStage(Stage::Finished);
}

void DesktopFlow::openRegistration(const ServerProfile &profile)
{
    if (m_registration) {
        Q_EMIT registrationRaised();
        return;
    }
    m_registrationProfile = profile;
    m_registrationClient = std::make_unique<BillingClient>(m_network, profile.url);
    m_registration = std::make_unique<RegistrationController>(*m_registrationClient);
    m_registration->setSandbox(isSandbox(profile));
    if (!m_session)
        setStage(Stage::Registering);
    Q_EMIT registrationStarted();
}

void DesktopFlow::registrationLoggedIn(const SessionInfo &session)
{
    if (!m_registrationClient)
        return;
    ServerProfile signedIn = m_registrationProfile;
    signedIn.username = session.account ? session.account->username : QString();
    m_registrationClient->setSession(session);
    if (m_loginShown) {
        m_loginShown = false;
        m_login.end();
        Q_EMIT loginDismissed();
    }
    signIn(std::move(m_registrationClient), nullptr, signedIn);
}

void DesktopFlow::registrationFinished(bool accepted)
{
    if (accepted || m_session)
        return;
    QMetaObject::invokeMethod(this, &DesktopFlow::showLogIn, Qt::QueuedConnection);
}

void DesktopFlow::registrationClosed()
{
    m_registration.reset();
    m_registrationClient.reset();
}

void DesktopFlow::signIn(std::unique_ptr<BillingClient> client,
                         std::unique_ptr<KeychainSession> keychain, const ServerProfile &profile,
                         std::optional<WorkspaceCache::Contents> offlineCopy)
{
    if (!client)
        return;
    closeSignedIn();
    m_client = std::move(client);
    m_keychain = std::move(keychain);
    if (m_profiles.find(profile.id))
        m_profiles.setLastUsedProfileId(profile.id);
    qCInfo(lcDesktop) << "logged in to" << profile.url;
    m_session = std::make_unique<WorkspaceSession>(*m_client, profile, m_dataDirectory);
    if (offlineCopy)
        m_session->showOfflineCopy(offlineCopy->workspaces, offlineCopy->syncedAt);
    else
        // Shown by the main window as soon as it is built; its sync brings it up to date.
        m_session->beginReadingCachedCopy();
    setStage(Stage::SignedIn);
    Q_EMIT signedIn();
}

void DesktopFlow::logOut()
{
    if (m_stage != Stage::SignedIn)
        return;
    setStage(Stage::SigningOut);
    if (!m_client || !m_client->hasSession()) {
        backToLogIn();
        return;
    }
    // Ends the session on the server (also when the token was never stored) and forgets the
    // stored token; a remembered password stays. No re-login if the token has expired.
    m_client->setReauthentication(QString(), {});
    auto *job = new LogoutJob(*m_client, this);
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        if (!job->ok())
            qCInfo(lcDesktop) << "log-out on the server failed:" << job->error().userMessage();
        if (m_keychain) {
            m_credentials.remove(KeychainSession::sessionTokenKey(m_keychain->passwordKey()), this,
                                 [](const CredentialResult &result) {
                                     if (!result.ok())
                                         qCWarning(lcDesktop)
                                             << "stored session token kept:" << result.message;
                                 });
        }
        backToLogIn();
    });
    job->start();
}

// Queued: the main window that asked is deleted on the way back to the log-in.
void DesktopFlow::backToLogIn()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            closeSignedIn();
            showLogIn();
        },
        Qt::QueuedConnection);
}

void DesktopFlow::mainWindowClosed()
{
    if (m_session)
        setStage(Stage::Finished);
}

void DesktopFlow::closeSignedIn()
{
    if (!m_session && !m_client)
        return;
    // Taken first: the window closing now must not read as the user closing it.
    std::unique_ptr<WorkspaceSession> session = std::move(m_session);
    Q_EMIT signingOff();
    session.reset();
    releaseSignedIn();
}

void DesktopFlow::releaseSignedIn()
{
    m_session.reset();
    m_keychain.reset();
    m_client.reset();
}

} // namespace billing
