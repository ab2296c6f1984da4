#include "SandboxAwsCustomers.h"

#include "Clock.h"
#include "SecureRandom.h"

#include <QCryptographicHash>

#include <algorithm>

namespace billing::server {

// 25 characters like a real product code; the sandbox sells one product.
const QString SandboxAwsCustomers::kProductCode = QStringLiteral("billingdesksandboxproduct");

SandboxAwsCustomers::SandboxAwsCustomers(const Clock &clock)
    : m_clock(clock)
{}

bool SandboxAwsCustomers::isAwsAccountId(const QString &text)
{
    if (text.size() != 12)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString SandboxAwsCustomers::customerIdentifierOf(const QString &awsAccountId)
{
    const QByteArray seed = QByteArrayLiteral("sandbox-aws-customer:") + awsAccountId.toLatin1();
    const QByteArray digest = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
    return QStringLiteral("C")
           + QString::fromLatin1(
               digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                   .left(20));
}

QString SandboxAwsCustomers::mint(const QString &awsAccountId)
{
    QString account = awsAccountId;
    if (account.isEmpty()) {
        for (int i = 0; i < 12; ++i)
            account.append(QChar(u'0' + int(SecureRandom::uniform(10))));
    }
    const QString token = QString::fromLatin1(SecureRandom::bytes(32).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QDateTime now = m_clock.now();
    // Tokens past their lifetime are dropped as new ones come.
    m_tokens.removeIf([&now](const auto &entry) { return entry.value().expiresAt <= now; });
    m_tokens.insert(token, Minted{{customerIdentifierOf(account), account, kProductCode},
                                  now.addSecs(kTokenLifetimeSeconds)});
    return token;
}

AwsCustomerResolver::Result SandboxAwsCustomers::resolve(const QString &registrationToken)
{
    const auto found = m_tokens.constFind(registrationToken);
    if (found == m_tokens.cend())
        return {std::nullopt,
                QStringLiteral("InvalidTokenException: the registration token is "
                               "not valid."),
                false};
    if (m_clock.now() >= found->expiresAt)
        return {std::nullopt,
                QStringLiteral("ExpiredTokenException: the registration token has "
                               "expired."),
                false};
    return {found->customer, {}, false};
}

} // namespace billing::server
