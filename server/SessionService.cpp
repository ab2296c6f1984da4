#include "SessionService.h"

#include "AccountStore.h"
#include "Clock.h"
#include "Logging.h"
#include "LoginThrottle.h"
#include "PasswordHasher.h"
#include "SessionStore.h"
#include "SessionTokens.h"

namespace billing::server {

SessionService::SessionService(SessionStore &sessions, AccountStore &accounts,
                               const PasswordHasher &hasher, LoginThrottle &throttle,
                               const Clock &clock)
    : m_sessions(sessions)
    , m_accounts(accounts)
    , m_hasher(hasher)
    , m_throttle(throttle)
    , m_clock(clock)
{}

Outcome<LoginResult> SessionService::login(const QString &username, const QString &password,
                                           const QString &address, qint64 *retryAfter)
{
    const Outcome<LoginAttempt> attempt = beginLogin(username, address, retryAfter);
    if (!attempt.ok())
        return attempt.error();
    return finishLogin(attempt.value(), checkPassword(m_hasher, attempt.value(), password));
}

Outcome<LoginAttempt> SessionService::beginLogin(const QString &username, const QString &address,
                                                 qint64 *retryAfter)
{
    *retryAfter = m_throttle.retryAfter(username, address);
    if (*retryAfter > 0) {
        qCWarning(lcAuth) << "login for" << username << "from" << address
                          << "refused: too many failed attempts";
        return ApiError::make(ErrorCode::RateLimited,
                              QStringLiteral("Too many failed logins for this username or from "
                                             "this address; try again later."));
    }
    return LoginAttempt{username, address, m_accounts.findByUsername(username)};
}

bool SessionService::checkPassword(const PasswordHasher &hasher, const LoginAttempt &attempt,
                                   const QString &password)
{
    if (attempt.credentials)
        return hasher.verify(attempt.credentials->passwordHash, password);
    hasher.verifyDummy(password);
    return false;
}

Outcome<LoginResult> SessionService::finishLogin(const LoginAttempt &attempt, bool passwordMatches)
{
    if (!passwordMatches) {
        m_throttle.recordFailure(attempt.username, attempt.address);
        qCInfo(lcAuth) << "failed login for" << attempt.username;
        return ApiError::make(ErrorCode::Unauthenticated,
                              QStringLiteral("Wrong username or password."));
    }
    qCInfo(lcAuth) << "login for account" << attempt.credentials->account.id;
    return LoginResult{issue(attempt.credentials->account.id), attempt.credentials->account};
}

IssuedSession SessionService::issue(const QString &accountId)
{
    const QDateTime now = m_clock.now();
    IssuedSession session{SessionTokens::generate(), now.addSecs(kSessionSeconds)};
    m_sessions.insert(SessionTokens::hash(session.token), accountId, now, session.expiresAt);
    return session;
}

void SessionService::logout(const QByteArray &tokenHash)
{
    m_sessions.remove(tokenHash);
    qCInfo(lcAuth) << "session ended";
}

} // namespace billing::server
