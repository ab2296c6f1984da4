#pragma once

#include "ClientError.h"
#include "ServerProfile.h"
#include "WorkspaceCache.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace billing {

class BillingClient;
class CredentialStore;
class KeychainSession;
class ProfileStore;

// The log-in form without widgets: the server profiles offered (the Local sandbox first,
// then the servers given for this run, then the user's), whether the keychain keeps a
// password for the username, which password is sent (the typed one, else the stored one),
// what "Remember me" keeps or removes, when the list saved in the cache directory is offered
// (only when the server gave no answer at all), and why an attempt did not log in. On success
// it holds a logged-in BillingClient and its KeychainSession for the desktop to take.
class LoginController : public QObject
{
    Q_OBJECT

public:
    // Why the last attempt did not log in; the dialog words it.
    enum class Problem {
        None,
        NoServer, // the Local sandbox profile while no sandbox runs in this session
        NoUsername,
        NoPassword,      // nothing typed and nothing stored
        Failed,          // refused, unreachable, keychain: problemDetail() says why
        KeychainRefused, // "Remember me" while the keychain would not keep the password
        Cancelled,
    };
    Q_ENUM(Problem)

    // `cacheDirectory` holds the workspace lists saved by earlier sessions (WorkspaceCache).
    LoginController(ProfileStore &profiles, CredentialStore &credentials,
                    QNetworkAccessManager *network, const QString &cacheDirectory,
                    QObject *parent = nullptr);
    ~LoginController() override;

    // A fresh form on the last used profile, as a new log-in starts; drops any attempt.
    void restart();
    // The log-in is over (logged in, or its window closed): the form stops following the
    // profiles and the keychain until restart().
    void end();

    QList<ServerProfile> profiles() const;
    // A server given on the command line that is not a stored profile: listed right after
    // the Local sandbox, and selected.
    void addTemporaryProfile(const ServerProfile &profile);
    // Selects a listed profile and fills in its username when none is typed.
    void selectProfile(const QString &profileId);
    ServerProfile currentProfile() const;
    // The chosen profile with the username typed (the one that logged in, after success).
    ServerProfile profile() const;

    QString username() const { return m_username; }
    // The username as typed: withdraws the offline copy and the stored-password note.
    void setUsername(const QString &username);
    // Asks the keychain whether it keeps a password for the profile and username.
    void lookUpStoredPassword();
    bool hasStoredPassword() const { return m_hasStoredPassword; }

    bool remember() const { return m_remember; }
    void setRemember(bool remember);

    bool canLogIn() const;
    // Logs in with `typedPassword`, or with the stored one when nothing is typed.
    void logIn(const QString &typedPassword);
    void cancelLogIn();
    bool isBusy() const { return m_busy; }

    Problem problem() const { return m_problem; }
    // For Failed and KeychainRefused: the translated reason (may be empty for Failed).
    QString problemDetail() const { return m_problemDetail; }
    // The server's or the network's error of the last attempt (None when it was not that).
    ClientError error() const { return m_error; }

    // The list saved on disk, offered while the server cannot be reached.
    const std::optional<WorkspaceCache::Contents> &offlineCopy() const { return m_offlineCopy; }
    void openOfflineCopy();
    // After loggedIn(): the user chose the offline copy; takeClient() holds a client without
    // a session.
    bool isOffline() const { return m_offlineCopy.has_value() && m_openedOffline; }

    // "Register a commercial account…": on the current profile's server.
    void requestRegistration();

    // After loggedIn(): the logged-in client and the session that keeps its keychain entries
    // (destroy the session before the client), and the offline copy when it was opened.
    std::unique_ptr<BillingClient> takeClient();
    std::unique_ptr<KeychainSession> takeSession();
    std::optional<WorkspaceCache::Contents> takeOfflineCopy();

Q_SIGNALS:
    void profilesChanged();
    void currentProfileChanged();
    // Set by the controller (the profile's username), not only typed.
    void usernameChanged(const QString &username);
    void storedPasswordChanged(bool stored);
    void rememberChanged(bool remember);
    void busyChanged(bool busy);
    void problemChanged(billing::LoginController::Problem problem);
    void offlineCopyChanged();
    void loggedIn();
    void registerRequested(const billing::ServerProfile &profile);

private:
    void reloadProfiles(const QString &selectId);
    void profileChosen();
    void setStoredPassword(bool stored);
    void setBusy(bool busy);
    void setProblem(Problem problem, const QString &detail = {}, const ClientError &error = {});
    void finishLogIn(bool ok, Problem problem = Problem::None, const QString &detail = {},
                     const ClientError &error = {});
    void offerOfflineCopy(const ServerProfile &profile);
    void withdrawOfflineCopy();
    void dropAttempt();
    void followProfiles();

    ProfileStore &m_profiles;
    CredentialStore &m_credentials;
    QNetworkAccessManager *m_network;
    QString m_cacheDirectory;
    QMetaObject::Connection m_profilesFollowed;

    QList<ServerProfile> m_temporary;
    QString m_currentId;
    QString m_username;
    bool m_remember = false;
    bool m_hasStoredPassword = false;
    QObject *m_lookupContext = nullptr; // drops keychain answers for a stale profile/username
    bool m_busy = false;
    Problem m_problem = Problem::None;
    QString m_problemDetail;
    ClientError m_error;
    std::optional<WorkspaceCache::Contents> m_offlineCopy;
    bool m_openedOffline = false;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<KeychainSession> m_session;
};

} // namespace billing
