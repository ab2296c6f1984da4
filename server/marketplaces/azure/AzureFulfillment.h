#pragma once

#include <QString>

#include <optional>

namespace billing::server {

// What `resolve` answers for a landing-page token.
struct AzureResolvedSubscription {
    QString id; // the SaaS subscription's GUID
    QString subscriptionName;
    QString offerId;
    QString planId;
    qint64 quantity = 1;
};

// Why the fulfillment API refused a call: the HTTP status it answered and its message.
struct AzureFulfillmentError {
    int status = 400;
    QString reason;
};

// The Azure Marketplace SaaS fulfillment API v2 as the server calls it: `resolve`
// (POST /subscriptions/resolve, header x-ms-marketplace-token) and `activate`
// (POST /subscriptions/{id}/activate {"planId","quantity"}). The sandbox plays it in process;
// without --sandbox no endpoint is configured.
class AzureFulfillment
{
public:
    virtual ~AzureFulfillment() = default;
    virtual std::optional<AzureResolvedSubscription> resolve(const QString &token,
                                                             AzureFulfillmentError *error) = 0;
    virtual bool activate(const QString &subscriptionId, const QString &planId, qint64 quantity,
                          AzureFulfillmentError *error) = 0;
};

class UnreachableFulfillment : public AzureFulfillment
{
public:
    std::optional<AzureResolvedSubscription> resolve(const QString &,
                                                     AzureFulfillmentError *error) override
    {
        *error = unreachable();
        return std::nullopt;
    }
    bool activate(const QString &, const QString &, qint64, AzureFulfillmentError *error) override
    {
        *error = unreachable();
        return false;
    }

private:
    static AzureFulfillmentError unreachable()
    {
        return {503, QStringLiteral("No Azure Marketplace endpoint is configured on this server "
                                    "(only the sandbox market, with --sandbox).")};
    }
};

} // namespace billing::server
