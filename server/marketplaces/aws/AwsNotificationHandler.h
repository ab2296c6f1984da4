#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "Outcome.h"
#include "SnsEnvelope.h"
#include "StoredInstance.h"

#include <memory>

namespace billing::server {

class AwsSubscriptionKeys;
class Clock;
class MarketplaceMessages;
class MarketplaceService;
class Router;
class SnsVerifier;
class Transactional;

// POST /spi/aws/notifications: AWS Marketplace's subscription notifications in their SNS
// envelope. Verified (SHA256withRSA over SNS's canonical string, against the configured
// certificate), fresh (Timestamp within the last hour of real time) and new (a MessageId seen
// before is answered 200 without being applied again); a refused one stores nothing.
class AwsNotificationHandler
{
public:
    static constexpr qint64 kMaxAgeSeconds = 3600;
    static constexpr qint64 kMaxFutureSeconds = 5 * 60; // clock skew the other way

    // `verifier` null: no certificate is configured and every notification answers 503.
    AwsNotificationHandler(std::unique_ptr<SnsVerifier> verifier, AwsSubscriptionKeys &keys,
                           MarketplaceService &marketplace, MarketplaceMessages &messages,
                           Transactional &transactions, const Clock &systemClock);
    ~AwsNotificationHandler();
    void registerRoutes(Router &router);

    HttpResponse handle(const HttpRequest &request);
    // Drops MessageIds older than a notification may be.
    void forgetStale();

private:
    HttpResponse apply(const SnsEnvelope &envelope);
    Outcome<StoredInstance> perform(const AwsSubscriptionMessage &message,
                                    const QString &subscriptionId);

    std::unique_ptr<SnsVerifier> m_verifier;
    AwsSubscriptionKeys &m_keys;
    MarketplaceService &m_marketplace;
    MarketplaceMessages &m_messages;
    Transactional &m_transactions;
    const Clock &m_systemClock;
};

} // namespace billing::server
