#pragma once

#include <Account.h>

#include "Outcome.h"

#include <QByteArray>
#include <QDateTime>

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

struct LoginResult {
    IssuedSession session;
    Account account;
};

// Logins (with the per-username throttle), session issue and logout.
class SessionService
{
public:
    SessionService(SessionStore &sessions, AccountStore &accounts, const PasswordHasher &hasher,
                   LoginThrottle &throttle, const Clock &clock);

    // On rate_limited, *retryAfter holds the seconds to wait.
    Outcome<LoginResult> login(const QString &username, const QString &password,
                               qint64 *retryAfter);
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
