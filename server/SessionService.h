#pragma once

#include <Account.h>

#include "AccountCredentials.h"
#include "Outcome.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace billing::server {

class AccountStore;
class Clock;
class LoginThrottle;
class PasswordHasher;
class SessionStore;

struct IssuedSession {
    QByteArray token; // handed to the client once, stored only as a hash
    QDateTime expiresAt;
};

// A log-in between its steps: who asks, from where, and what the password must match
// (no credentials: no such user, and the password is checked against a dummy all the same).
struct LoginAttempt {
    QString username;
    QString address;
    std::optional<AccountCredentials> credentials;
};

struct LoginResult {
    IssuedSession session;
    Account account;
};

// Logins (with the per-username and per-address throttle), session issue and logout.
class SessionService
{
public:
    SessionService(SessionStore &sessions, AccountStore &accounts, const PasswordHasher &hasher,
                   LoginThrottle &throttle, const Clock &clock);

    // On rate_limited, *retryAfter holds the seconds to wait. `address` is the client's: failed
    // logins are limited per username and per address.
    Outcome<LoginResult> login(const QString &username, const QString &password,
                               const QString &address, qint64 *retryAfter);
    // The same in three steps, so that the password check can leave the event loop:
    // the throttle and the stored hash, then checkPassword() on any thread, then the result.
    Outcome<LoginAttempt> beginLogin(const QString &username, const QString &address,
                                     qint64 *retryAfter);
    static bool checkPassword(const PasswordHasher &hasher, const LoginAttempt &attempt,
                              const QString &password);
    Outcome<LoginResult> finishLogin(const LoginAttempt &attempt, bool passwordMatches);
    const PasswordHasher &hasher() const { return m_hasher; }
    IssuedSession issue(const QString &accountId);
    void logout(const QByteArray &tokenHash);

    static constexpr qint64 kSessionSeconds = 12 * 60 * 60;

private:
    SessionStore &m_sessions;
    AccountStore &m_accounts;
    const PasswordHasher &m_hasher;
    LoginThrottle &m_throttle;
    const Clock &m_clock;
};

} // namespace billing::server
