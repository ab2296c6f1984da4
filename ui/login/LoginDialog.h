#pragma once

#include "ServerProfile.h"
#include "WorkspaceCache.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace billing {

class BillingClient;
class CredentialStore;
class FieldErrorLabel;
class KeychainSession;
class ProfileStore;

// "Log in": a server profile (the Local sandbox first), username, password and "Remember
// me". A password kept in the keychain lets the user log in with the password left empty.
// On success the dialog holds a logged-in BillingClient and its KeychainSession for the
// desktop to take.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(ProfileStore &profiles, CredentialStore &credentials,
                QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Selects the profile (the last used one by default) and fills in its username.
    void selectProfile(const QString &profileId);
    void setUsername(const QString &username);
    // A server given on the command line that is not a stored profile: listed right after
    // the Local sandbox, and selected.
    void addTemporaryProfile(const ServerProfile &profile);

    // The profile chosen, with the username that logged in.
    ServerProfile profile() const;
    bool isBusy() const { return m_busy; }
    // After accept(): the logged-in client and the session that keeps its keychain entries
    // (destroy the session before the client).
    std::unique_ptr<BillingClient> takeClient();
    std::unique_ptr<KeychainSession> takeSession();

    // The last error shown, translated (empty while there is none).
    QString errorText() const;

    // After accept(): the user chose to work with the list saved on disk because the server
    // could not be reached. takeClient() then holds a client without a session.
    bool isOffline() const { return m_offlineCopy.has_value() && m_openedOffline; }
    std::optional<WorkspaceCache::Contents> takeOfflineCopy();

public Q_SLOTS:
    void logIn();
    void cancelLogIn();
    // While logging in, Cancel and Escape stop the attempt instead of closing.
    void reject() override;

Q_SIGNALS:
    // "Register a commercial account…" on the selected profile's server.
    void registerRequested(const billing::ServerProfile &profile);

private:
    void reloadProfiles(const QString &selectId);
    void profileChosen();
    void lookUpStoredPassword();
    void showStoredPassword(bool stored);
    void setBusy(bool busy);
    void showError(const QString &message);
    void finishLogIn(bool ok, const QString &message, bool unreachable = false);
    void offerOfflineCopy(const ServerProfile &profile);
    void openOfflineCopy();
    void withdrawOfflineCopy();
    void updateLogInButton();
    ServerProfile currentProfile() const;

    ProfileStore &m_profiles;
    CredentialStore &m_credentials;
    QNetworkAccessManager *m_network;
    QList<ServerProfile> m_temporary;
    QComboBox *m_profile;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_storedNote;
    FieldErrorLabel *m_error;
    QLabel *m_busyLabel;
    QPushButton *m_logIn;
    QPushButton *m_cancel;
    QPushButton *m_register;
    QPushButton *m_offline;
    std::optional<WorkspaceCache::Contents> m_offlineCopy;
    bool m_openedOffline = false;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<KeychainSession> m_session;
    QObject *m_lookupContext = nullptr; // drops keychain answers for a stale profile/username
    bool m_hasStoredPassword = false;
    bool m_busy = false;
};

} // namespace billing
