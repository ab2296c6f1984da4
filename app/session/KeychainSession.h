#pragma once

#include "BillingClient.h"
#include "ClientError.h"
#include "CredentialKey.h"
#include "CredentialResult.h"

#include <QObject>

#include <functional>

namespace billing {

class CredentialStore;

// Keeps a user's Billing Center session in the system keychain and nowhere else: the
// password under "username@server", the current session token under its session key.
// Later runs authenticate from the keychain alone; an expired token is replaced by
// logging in again with the stored password.
class KeychainSession : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Ok, NotLoggedIn, KeychainError, ServerError };
    struct Result {
        Outcome outcome = Outcome::Ok;
        QString message; // translated
        ClientError error;
        bool ok() const { return outcome == Outcome::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    KeychainSession(BillingClient &client, CredentialStore &store, const QString &username,
                    QObject *parent = nullptr);

    // The keychain entry of the session token, next to the password's.
    static CredentialKey sessionTokenKey(const CredentialKey &passwordKey);
    CredentialKey passwordKey() const { return m_key; }

    // Verifies the password with the server, then stores password and session token.
    void logIn(const QString &password, bool rememberPassword, Callback done);
    // Sets up the client from the keychain: the stored token, else the stored password.
    void resume(Callback done);
    // Ends the stored session on the server and removes its token; with forgetPassword
    // the password is removed too.
    void logOut(bool forgetPassword, Callback done);

private:
    void storeToken(Callback done);
    void loginWithPassword(const QString &password, Callback done);
    void installReauthentication();
    static Result keychainFailure(const CredentialResult &result);

    BillingClient &m_client;
    CredentialStore &m_store;
    QString m_username;
    CredentialKey m_key;
    bool m_watchingToken = false;
};

} // namespace billing
