#include "KeychainSession.h"

#include "CredentialStore.h"
#include "LoginJob.h"
#include "LogoutJob.h"

#include <QCoreApplication>

namespace billing {
namespace {
KeychainSession::Result serverFailure(const ClientError &error)
{
    return {KeychainSession::Outcome::ServerError, error.userMessage(), error};
}
} // namespace

KeychainSession::KeychainSession(BillingClient &client, CredentialStore &store,
                                 const QString &username, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_username(username)
    , m_key(client.baseUrl(), username)
{}

CredentialKey KeychainSession::sessionTokenKey(const CredentialKey &passwordKey)
{
    return CredentialKey(passwordKey.serverUrl(), passwordKey.username() + u"#session");
}

KeychainSession::Result KeychainSession::keychainFailure(const CredentialResult &result)
{
    return {Outcome::KeychainError, result.message, {}};
}

void KeychainSession::logIn(const QString &password, bool rememberPassword, Callback done)
{
    auto *job = new LoginJob(m_client, m_username, password, this);
    connect(job, &ApiJob::finished, this, [this, job, password, rememberPassword, done] {
        job->deleteLater();
        if (!job->ok()) {
            done(serverFailure(job->error()));
            return;
        }
        m_client.setSession(job->session());
        installReauthentication();
        if (!rememberPassword) {
            done({});
            return;
        }
        m_store.write(m_key, password, this, [this, done](const CredentialResult &stored) {
            if (!stored.ok()) {
                // The password could not be kept: do not leave a session behind either.
                auto *logout = new LogoutJob(m_client, this);
                connect(logout, &ApiJob::finished, logout, &QObject::deleteLater);
                logout->start();
                m_client.clearSession();
                done(keychainFailure(stored));
                return;
            }
            storeToken(done);
        });
    });
    job->start();
}

void KeychainSession::resume(Callback done)
{
    m_store.read(sessionTokenKey(m_key), this, [this, done](const CredentialResult &token) {
        if (token.ok() && !token.password.isEmpty()) {
            m_client.setSession(SessionInfo{token.password, {}, {}});
            installReauthentication();
            done({});
            return;
        }
        if (token.status != CredentialResult::Status::NotFound) {
            done(keychainFailure(token));
            return;
        }
        m_store.read(m_key, this, [this, done](const CredentialResult &password) {
            if (password.status == CredentialResult::Status::NotFound) {
                done({Outcome::NotLoggedIn,
                      tr("No password for %1 is stored in the system keychain. Log in first.")
                          .arg(m_key.keychainKey()),
                      {}});
                return;
            }
            if (!password.ok()) {
                done(keychainFailure(password));
                return;
            }
            loginWithPassword(password.password, done);
        });
    });
}

void KeychainSession::loginWithPassword(const QString &password, Callback done)
{
    auto *job = new LoginJob(m_client, m_username, password, this);
    connect(job, &ApiJob::finished, this, [this, job, done] {
        job->deleteLater();
        if (!job->ok()) {
            done(serverFailure(job->error()));
            return;
        }
        m_client.setSession(job->session());
        installReauthentication();
        storeToken(done);
    });
    job->start();
}

void KeychainSession::storeToken(Callback done)
{
    m_store.write(sessionTokenKey(m_key), m_client.session().token, this,
                  [done](const CredentialResult &stored) {
                      done(stored.ok() ? Result{} : keychainFailure(stored));
                  });
}

void KeychainSession::installReauthentication()
{
    m_client.setReauthentication(m_username, [this](auto deliver) {
        m_store.read(m_key, this, [deliver](const CredentialResult &password) {
            deliver(password.ok() ? std::optional<QString>(password.password) : std::nullopt);
        });
    });
    // A token renewed by re-authentication replaces the stored one.
    if (m_watchingToken)
        return;
    m_watchingToken = true;
    connect(&m_client, &BillingClient::sessionChanged, this, [this] {
        if (m_client.hasSession())
            m_store.write(sessionTokenKey(m_key), m_client.session().token, this,
                          [](const CredentialResult &) {});
    });
}

void KeychainSession::logOut(bool forgetPassword, Callback done)
{
    auto removeEntries = [this, forgetPassword, done](const Result &serverResult) {
        m_client.clearSession();
        m_store.remove(sessionTokenKey(m_key), this,
                       [this, forgetPassword, done, serverResult](const CredentialResult &token) {
                           if (!token.ok()) {
                               done(keychainFailure(token));
                               return;
                           }
                           if (!forgetPassword) {
                               done(serverResult);
                               return;
                           }
                           m_store.remove(
                               m_key, this, [done, serverResult](const CredentialResult &removed) {
                                   done(removed.ok() ? serverResult : keychainFailure(removed));
                               });
                       });
    };
    m_store.read(
        sessionTokenKey(m_key), this, [this, removeEntries](const CredentialResult &token) {
            if (!token.ok()) {
                // No stored session: nothing to end on the server.
                if (token.status == CredentialResult::Status::NotFound)
                    removeEntries({});
                else
                    removeEntries(keychainFailure(token));
                return;
            }
            m_client.setSession(SessionInfo{token.password, {}, {}});
            auto *logout = new LogoutJob(m_client, this);
            connect(logout, &ApiJob::finished, this, [logout, removeEntries] {
                logout->deleteLater();
                // An already expired token is as good as ended.
                const bool ended =
                    logout->ok() || logout->error().kind == ClientError::Kind::SessionExpired;
                removeEntries(ended ? Result{} : serverFailure(logout->error()));
            });
            logout->start();
        });
}

} // namespace billing
