#pragma once

#include <QString>

#include <optional>

namespace billing::server {

// What AWS Marketplace's ResolveCustomer answers for a registration token.
struct AwsCustomer {
    QString customerIdentifier;
    QString awsAccountId; // CustomerAWSAccountId
    QString productCode;
};

// The marketplace's ResolveCustomer ({"RegistrationToken"} -> AwsCustomer), or why not
// (InvalidTokenException, ExpiredTokenException, or the endpoint cannot be reached).
class AwsCustomerResolver
{
public:
    struct Result {
        std::optional<AwsCustomer> customer;
        QString error; // the marketplace's words when there is no customer
        bool unreachable = false;
    };
    virtual ~AwsCustomerResolver() = default;
    virtual Result resolve(const QString &registrationToken) = 0;
};

// Without --sandbox this server knows no AWS endpoint (no SigV4 credentials either).
class UnreachableAwsCustomers : public AwsCustomerResolver
{
public:
    Result resolve(const QString &) override
    {
        return {std::nullopt,
                QStringLiteral("No AWS Marketplace endpoint is configured on this server (only "
                               "the sandbox market, with --sandbox)."),
                true};
    }
};

} // namespace billing::server
