#pragma once

#include "Outcome.h"
#include "SessionService.h"

#include <Account.h>
#include <Registration.h>

namespace billing::server {

class AccountStore;
class Clock;
class Mailer;
class PasswordHasher;
class Transactional;
class VerificationCodeStore;

struct RegisteredAccount {
    Account account;
    IssuedSession session;
};

// E-mail verification codes and registration (steps 1-2 of the wizard).
class AccountService
{
public:
    AccountService(AccountStore &accounts, VerificationCodeStore &codes, SessionService &sessions,
                   const PasswordHasher &hasher, Mailer &mailer, Transactional &transactions,
                   const Clock &clock);

    // Mails a fresh 6-digit code (replacing older ones); returns when it expires.
    QDateTime sendVerificationCode(const QString &email);
    // username_taken, then verification_code_invalid; the code is consumed on success, and
    // ends after kMaxWrongCodes wrong ones (even the right code is refused then).
    Outcome<RegisteredAccount> registerAccount(const Registration &registration);
    // The same in three steps, so that hashing the password can leave the event loop: the
    // checks, then PasswordHasher::hash() on any thread, then the checks again (another
    // registration may have taken the name or the code meanwhile) and the new account.
    std::optional<ApiError> checkRegistration(const Registration &registration);
    Outcome<RegisteredAccount> completeRegistration(const Registration &registration,
                                                    const QByteArray &passwordHash);
    const PasswordHasher &hasher() const { return m_hasher; }

    static constexpr qint64 kCodeSeconds = 10 * 60;
    static constexpr int kMaxWrongCodes = 5;

private:
    std::optional<ApiError> checkCode(const QString &email, const QString &code);

    AccountStore &m_accounts;
    VerificationCodeStore &m_codes;
    SessionService &m_sessions;
    const PasswordHasher &m_hasher;
    Mailer &m_mailer;
    Transactional &m_transactions;
    const Clock &m_clock;
};

} // namespace billing::server
