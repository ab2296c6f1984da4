#include "Authenticator.h"

#include "AccountStore.h"
#include "Clock.h"
#include "SessionStore.h"
#include "SessionTokens.h"

namespace billing::server {

Authenticator::Authenticator(SessionStore &sessions, AccountStore &accounts, const Clock &clock)
    : m_sessions(sessions)
    , m_accounts(accounts)
    , m_clock(clock)
{}

std::optional<Caller>
Authenticator::authenticate(const std::optional<QByteArray> &authorization) const
{
    if (!authorization)
        return std::nullopt;
    const QByteArray value = authorization->trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || value.left(space).compare("bearer", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QByteArray token = value.mid(space + 1).trimmed();
    if (!SessionTokens::isWellFormed(token))
        return std::nullopt;
    const QByteArray tokenHash = SessionTokens::hash(token);
    const auto accountId = m_sessions.findAccount(tokenHash, m_clock.now());
    if (!accountId)
        return std::nullopt;
    const auto account = m_accounts.findById(*accountId);
    if (!account)
        return std::nullopt;
    return Caller{*account, tokenHash};
}

} // namespace billing::server
