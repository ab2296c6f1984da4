#include "AccountService.h"

#include "AccountStore.h"
#include "Clock.h"
#include "Logging.h"
#include "Mailer.h"
#include "PasswordHasher.h"
#include "SecureRandom.h"
#include "SessionTokens.h"
#include "Transactional.h"
#include "VerificationCodeStore.h"

#include <sodium.h>

namespace billing::server {
namespace {
QString emailKey(const QString &email)
{
    return email.trimmed().toLower();
}
} // namespace

AccountService::AccountService(AccountStore &accounts, VerificationCodeStore &codes,
                               SessionService &sessions, const PasswordHasher &hasher,
                               Mailer &mailer, Transactional &transactions, const Clock &clock)
    : m_accounts(accounts)
    , m_codes(codes)
    , m_sessions(sessions)
    , m_hasher(hasher)
    , m_mailer(mailer)
    , m_transactions(transactions)
    , m_clock(clock)
{}

QDateTime AccountService::sendVerificationCode(const QString &email)
{
    const QString code =
        QStringLiteral("%1").arg(SecureRandom::uniform(1000000), 6, 10, QLatin1Char('0'));
    const QDateTime now = m_clock.now();
    const QDateTime expiresAt = now.addSecs(kCodeSeconds);
    TransactionGuard transaction(m_transactions);
    m_codes.replace(emailKey(email), SessionTokens::hash(code.toLatin1()), now, expiresAt);
    const MailMessage mail = m_mailer.store(
        email, QStringLiteral("Your Billing Center verification code"),
        QStringLiteral("Your verification code is %1.\n\nIt is valid for 10 minutes. If you did "
                       "not ask for it, ignore this mail.\n")
            .arg(code));
    transaction.commit();
    m_mailer.deliver(mail);
    return expiresAt;
}

std::optional<ApiError> AccountService::checkCode(const QString &email, const QString &code)
{
    const auto invalid = [](bool usedUp) {
        return usedUp
                   ? ApiError::make(ErrorCode::VerificationCodeInvalid,
                                    QStringLiteral("Too many wrong verification codes: this "
                                                   "code no longer works. Request a new code."),
                                    {{QStringLiteral("verificationCode"),
                                      QStringLiteral("Too many wrong codes; request a new one.")}})
                   : ApiError::make(
                       ErrorCode::VerificationCodeInvalid,
                       QStringLiteral("The e-mail verification code is wrong or expired."),
                       {{QStringLiteral("verificationCode"), QStringLiteral("Wrong or expired.")}});
    };
    const QString key = emailKey(email);
    const auto stored = m_codes.find(key);
    if (stored && stored->wrongTries >= kMaxWrongCodes)
        return invalid(true);
    if (!stored || stored->expiresAt <= m_clock.now())
        return invalid(false);
    const QByteArray given = SessionTokens::hash(code.trimmed().toUtf8());
    if (given.size() == stored->codeHash.size()
        && sodium_memcmp(given.constData(), stored->codeHash.constData(), size_t(given.size()))
               == 0)
        return std::nullopt;
    TransactionGuard transaction(m_transactions);
    m_codes.recordWrongTry(key);
    transaction.commit();
    const bool usedUp = stored->wrongTries + 1 >= kMaxWrongCodes;
    if (usedUp)
        qCInfo(lcAuth) << "a verification code ended after" << kMaxWrongCodes << "wrong tries";
    return invalid(usedUp);
}

Outcome<RegisteredAccount> AccountService::registerAccount(const Registration &registration)
{
    if (const auto refused = checkRegistration(registration))
        return *refused;
    return completeRegistration(registration, m_hasher.hash(registration.password));
}

std::optional<ApiError> AccountService::checkRegistration(const Registration &registration)
{
    if (m_accounts.usernameExists(registration.username)) {
        return ApiError::make(ErrorCode::UsernameTaken,
                              QStringLiteral("This username is already taken."),
                              {{QStringLiteral("username"), QStringLiteral("Already taken.")}});
    }
    return checkCode(registration.email, registration.verificationCode);
}

Outcome<RegisteredAccount> AccountService::completeRegistration(const Registration &registration,
                                                                const QByteArray &passwordHash)
{
    if (const auto refused = checkRegistration(registration))
        return *refused;
    Account account;
    account.id = SecureRandom::prefixedId(QStringLiteral("acc_"));
    account.username = registration.username;
    account.email = registration.email;
    account.phone = registration.phone;
    account.company = registration.company;
    account.site = registration.site;
    account.createdAt = m_clock.now();

    TransactionGuard transaction(m_transactions);
    m_accounts.insert(account, passwordHash);
    m_codes.remove(emailKey(registration.email));
    const IssuedSession session = m_sessions.issue(account.id);
    transaction.commit();
    qCInfo(lcAuth) << "account" << account.id << "registered as" << account.username;
    return RegisteredAccount{account, session};
}

} // namespace billing::server
