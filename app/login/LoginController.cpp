#include "LoginController.h"

#include "BillingClient.h"
#include "CredentialStore.h"
#include "KeychainSession.h"
#include "ProfileStore.h"

#include <QLoggingCategory>

#include <algorithm>

// The category the log-in dialog logged under before the decisions moved here.
Q_LOGGING_CATEGORY(lcLogin, "billing.ui.login", QtInfoMsg)

namespace billing {

LoginController::LoginController(ProfileStore &profiles, CredentialStore &credentials,
                                 QNetworkAccessManager *network, const QString &cacheDirectory,
                                 QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_network(network)
    , m_cacheDirectory(cacheDirectory)
{
    followProfiles();
    reloadProfiles(m_profiles.lastUsedProfileId());
}

LoginController::~LoginController()
{
    dropAttempt();
}

void LoginController::dropAttempt()
{
    m_session.reset();
    m_client.reset();
}

void LoginController::followProfiles()
{
    if (!m_profilesFollowed) {
        m_profilesFollowed = connect(&m_profiles, &ProfileStore::profilesChanged, this,
                                     [this] { reloadProfiles(m_currentId); });
    }
}

void LoginController::end()
{
    disconnect(m_profilesFollowed);
    m_profilesFollowed = {};
    delete m_lookupContext;
    m_lookupContext = nullptr;
}

void LoginController::restart()
{
    end();
    followProfiles();
    dropAttempt();
    m_temporary.clear();
    m_currentId.clear();
    m_username.clear();
    m_remember = false;
    m_hasStoredPassword = false;
    m_busy = false;
    m_problem = Problem::None;
    m_problemDetail.clear();
    m_error = {};
    m_offlineCopy.reset();
    m_openedOffline = false;
    reloadProfiles(m_profiles.lastUsedProfileId());
}

QList<ServerProfile> LoginController::profiles() const
{
    QList<ServerProfile> all = m_profiles.profiles();
    for (qsizetype i = 0; i < m_temporary.size(); ++i)
        all.insert(std::min(1 + i, all.size()), m_temporary.at(i));
    return all;
}

void LoginController::reloadProfiles(const QString &selectId)
{
    const QList<ServerProfile> all = profiles();
    const bool listed = std::any_of(all.cbegin(), all.cend(), [&selectId](const auto &profile) {
        return profile.id == selectId;
    });
    m_currentId = listed ? selectId : (all.isEmpty() ? QString() : all.constFirst().id);
    Q_EMIT profilesChanged();
    profileChosen();
}

void LoginController::addTemporaryProfile(const ServerProfile &profile)
{
    m_temporary.append(profile);
    reloadProfiles(profile.id);
}

void LoginController::selectProfile(const QString &profileId)
{
    if (profileId == m_currentId)
        return;
    const QList<ServerProfile> all = profiles();
    if (std::none_of(all.cbegin(), all.cend(),
                     [&profileId](const auto &profile) { return profile.id == profileId; }))
        return;
    m_currentId = profileId;
    Q_EMIT currentProfileChanged();
    profileChosen();
}

ServerProfile LoginController::currentProfile() const
{
    for (const ServerProfile &profile : m_temporary) {
        if (profile.id == m_currentId)
            return profile;
    }
    return m_profiles.find(m_currentId).value_or(ServerProfile{});
}

ServerProfile LoginController::profile() const
{
    ServerProfile profile = currentProfile();
    profile.username = m_username.trimmed();
    return profile;
}

void LoginController::profileChosen()
{
    const ServerProfile profile = currentProfile();
    withdrawOfflineCopy();
    if (!profile.username.isEmpty() && m_username.trimmed().isEmpty())
        setUsername(profile.username);
    setProblem(Problem::None);
    lookUpStoredPassword();
}

void LoginController::setUsername(const QString &username)
{
    if (username == m_username)
        return;
    m_username = username;
    withdrawOfflineCopy();
    setStoredPassword(false);
    Q_EMIT usernameChanged(m_username);
}

void LoginController::lookUpStoredPassword()
{
    delete m_lookupContext;
    m_lookupContext = new QObject(this);
    setStoredPassword(false);
    const CredentialKey key(currentProfile().url, m_username.trimmed());
    if (!key.isValid())
        return;
    m_credentials.read(key, m_lookupContext, [this](const CredentialResult &result) {
        setStoredPassword(result.ok() && !result.password.isEmpty());
    });
}

void LoginController::setStoredPassword(bool stored)
{
    m_hasStoredPassword = stored;
    // A password kept from an earlier log-in stays kept unless the user says otherwise.
    if (stored)
        setRemember(true);
    Q_EMIT storedPasswordChanged(stored);
}

void LoginController::setRemember(bool remember)
{
    if (remember == m_remember)
        return;
    m_remember = remember;
    Q_EMIT rememberChanged(remember);
}

bool LoginController::canLogIn() const
{
    return !m_busy && !m_username.trimmed().isEmpty();
}

void LoginController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void LoginController::setProblem(Problem problem, const QString &detail, const ClientError &error)
{
    m_problem = problem;
    m_problemDetail = detail;
    m_error = error;
    Q_EMIT problemChanged(problem);
}

void LoginController::logIn(const QString &typedPassword)
{
    if (m_busy)
        return;
    const ServerProfile chosen = profile();
    if (chosen.url.isEmpty()) {
        setProblem(Problem::NoServer);
        return;
    }
    if (chosen.username.isEmpty()) {
        setProblem(Problem::NoUsername);
        return;
    }
    const bool useStored = typedPassword.isEmpty() && m_hasStoredPassword;
    if (typedPassword.isEmpty() && !useStored) {
        setProblem(Problem::NoPassword);
        return;
    }
    setProblem(Problem::None);
    withdrawOfflineCopy();
    setBusy(true);
    m_client = std::make_unique<BillingClient>(m_network, chosen.url);
    m_session = std::make_unique<KeychainSession>(*m_client, m_credentials, chosen.username);
    const bool remember = m_remember;
    KeychainSession *session = m_session.get();
    auto done = [this, remember, useStored](const KeychainSession::Result &result) {
        if (result.ok() && !remember && useStored) {
            // "Remember me" was cleared: the stored password goes.
            m_credentials.remove(m_session->passwordKey(), nullptr,
                                 [](const CredentialResult &) {});
        }
        const bool keychainRefused =
            result.outcome == KeychainSession::Outcome::KeychainError && remember;
        finishLogIn(result.ok(), keychainRefused ? Problem::KeychainRefused : Problem::Failed,
                    result.message, result.error);
    };
    if (!useStored) {
        session->logIn(typedPassword, remember, done);
        return;
    }
    m_credentials.read(session->passwordKey(), session,
                       [this, session, remember, done](const CredentialResult &stored) {
                           if (!stored.ok()) {
                               finishLogIn(false, Problem::Failed, stored.message);
                               return;
                           }
                           session->logIn(stored.password, remember, done);
                       });
}

void LoginController::finishLogIn(bool ok, Problem problem, const QString &detail,
                                  const ClientError &error)
{
    setBusy(false);
    if (!ok) {
        qCInfo(lcLogin) << "log-in failed";
        dropAttempt();
        setProblem(problem, detail, error);
        // Only when the server gave no answer at all: a refused password never opens the copy.
        if (error.isUnreachable())
            offerOfflineCopy(profile());
        return;
    }
    const ServerProfile chosen = profile();
    if (m_profiles.find(chosen.id)) {
        m_profiles.setLastUsedProfileId(chosen.id);
        if (!chosen.sandbox && m_profiles.find(chosen.id)->username != chosen.username)
            m_profiles.update(chosen);
    }
    qCInfo(lcLogin) << "logged in to" << chosen.url;
    Q_EMIT loggedIn();
}

void LoginController::cancelLogIn()
{
    if (!m_busy)
        return;
    dropAttempt();
    setBusy(false);
    setProblem(Problem::Cancelled);
}

void LoginController::offerOfflineCopy(const ServerProfile &chosen)
{
    WorkspaceCache cache(m_cacheDirectory, chosen.url, chosen.username);
    QString error;
    m_offlineCopy = cache.load(&error);
    if (!m_offlineCopy) {
        if (!error.isEmpty())
            qCWarning(lcLogin) << "offline copy unreadable:" << error;
        return;
    }
    Q_EMIT offlineCopyChanged();
}

void LoginController::withdrawOfflineCopy()
{
    if (!m_offlineCopy)
        return;
    m_offlineCopy.reset();
    Q_EMIT offlineCopyChanged();
}

void LoginController::openOfflineCopy()
{
    if (!m_offlineCopy || m_busy)
        return;
    m_client = std::make_unique<BillingClient>(m_network, profile().url);
    m_openedOffline = true;
    qCInfo(lcLogin) << "working with the offline copy of" << profile().url;
    Q_EMIT loggedIn();
}

void LoginController::requestRegistration()
{
    const ServerProfile chosen = currentProfile();
    if (chosen.url.isEmpty()) {
        setProblem(Problem::NoServer);
        return;
    }
    Q_EMIT registerRequested(chosen);
}

std::optional<WorkspaceCache::Contents> LoginController::takeOfflineCopy()
{
    std::optional<WorkspaceCache::Contents> copy;
    if (m_openedOffline)
        copy.swap(m_offlineCopy);
    m_openedOffline = false;
    return copy;
}

std::unique_ptr<BillingClient> LoginController::takeClient()
{
    return std::move(m_client);
}

std::unique_ptr<KeychainSession> LoginController::takeSession()
{
    return std::move(m_session);
}

} // namespace billing
