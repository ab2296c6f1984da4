#pragma once

#include "HttpResponse.h"
#include "SnsEnvelope.h"

namespace billing::server {

class AwsLandingHandler;
class AwsNotificationHandler;
class AwsSandboxMarket;
class Clock;
class MarketplaceService;
class Router;
class SandboxAwsCustomers;
class SandboxSnsSigner;
struct RequestContext;

// /api/v1/sandbox/aws/…: AWS Marketplace's side of the story, played through the server's own
// landing and notification handlers (in process): a buyer subscribes (a registration token
// posted to the landing URL, then a signed subscribe-success), payment fails, the buyer
// unsubscribes or subscribes again; and what the sandbox metering service accepted.
class AwsSandboxConsole
{
public:
    struct Parts {
        SandboxAwsCustomers &customers;
        SandboxSnsSigner &signer;
        AwsLandingHandler &landing;
        AwsNotificationHandler &notifications;
        MarketplaceService &marketplace;
        AwsSandboxMarket &market;
        const Clock &systemClock;
    };
    explicit AwsSandboxConsole(const Parts &parts);
    void registerRoutes(Router &router);

    // The notification as SNS would deliver it, signed with the sandbox's key.
    QByteArray signedNotification(const AwsSubscriptionMessage &message) const;

private:
    HttpResponse mintToken(const RequestContext &context);
    HttpResponse subscribe(const RequestContext &context);
    HttpResponse act(const RequestContext &context,
                     const QList<AwsSubscriptionMessage::Action> &actions);
    HttpResponse metering(const RequestContext &context);
    HttpResponse notify(const AwsSubscriptionMessage &message);
    // The buyer's 12-digit AWS account from {"awsAccountId"?}; empty for a random one.
    std::optional<QString> buyerAccount(const RequestContext &context, HttpResponse *error) const;

    Parts m_parts;
};

} // namespace billing::server
