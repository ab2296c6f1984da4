#pragma once

#include <Account.h>

#include <QByteArray>

#include <optional>

namespace billing::server {

class AccountStore;
class Clock;
class SessionStore;

struct Caller {
    Account account;
    QByteArray tokenHash; // identifies the session (logout)
};

// Resolves "Authorization: Bearer <token>" to the account of a live session.
class Authenticator
{
public:
    Authenticator(SessionStore &sessions, AccountStore &accounts, const Clock &clock);

    std::optional<Caller> authenticate(const std::optional<QByteArray> &authorization) const;

private:
    SessionStore &m_sessions;
    AccountStore &m_accounts;
    const Clock &m_clock;
};

} // namespace billing::server
