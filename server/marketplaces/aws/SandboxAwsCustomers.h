#pragma once

#include "AwsCustomerResolver.h"

#include <QDateTime>
#include <QHash>

namespace billing::server {

class Clock;

// The sandbox's ResolveCustomer, in process: it resolves the registration tokens it minted for
// 4 hours of the server clock (a token resolves to the same customer every time until then).
// A buyer's AWS account always gets the same opaque CustomerIdentifier.
class SandboxAwsCustomers : public AwsCustomerResolver
{
public:
    static constexpr qint64 kTokenLifetimeSeconds = 4 * 3600;
    static const QString kProductCode;

    explicit SandboxAwsCustomers(const Clock &clock);

    // A registration token for the buyer (a random 12-digit account when empty), as the
    // marketplace would post it to the landing URL.
    QString mint(const QString &awsAccountId);
    Result resolve(const QString &registrationToken) override;

    static QString customerIdentifierOf(const QString &awsAccountId);
    static bool isAwsAccountId(const QString &text); // 12 digits

private:
    struct Minted {
        AwsCustomer customer;
        QDateTime expiresAt;
    };
    const Clock &m_clock;
    QHash<QString, Minted> m_tokens;
};

} // namespace billing::server
