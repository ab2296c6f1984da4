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
                                           qint64 *retryAfter)
{
    *retryAfter = m_throttle.retryAfter(username);
    if (*retryAfter > 0) {
        qCWarning(lcAuth) << "login for" << username << "refused: too many failed attempts";
        return ApiError::make(ErrorCode::RateLimited,
                              QStringLiteral("Too many failed logins for this username; try "
                                             "again later."));
    }
    const auto credentials = m_accounts.findByUsername(username);
    const bool valid = credentials ? m_hasher.verify(credentials->passwordHash, password)
                                   : (m_hasher.verifyDummy(password), false);
    if (!valid) {
        m_throttle.recordFailure(username);
        qCInfo(lcAuth) << "failed login for" << username;
        return ApiError::make(ErrorCode::Unauthenticated,
                              QStringLiteral("Wrong username or password."));
    }
    qCInfo(lcAuth) << "login for account" << credentials->account.id;
    return LoginResult{issue(credentials->account.id), credentials->account};
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
