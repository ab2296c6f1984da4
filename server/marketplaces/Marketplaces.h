#pragma once

#include "MarketplaceAdapter.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <vector>

namespace billing::server {

class AccountStore;
class ClaimCodes;
class ClaimHandlers;
class Clock;
class InstanceStore;
class MailStore;
class MarketplaceMessages;
class MarketplaceService;
class MeteringPusher;
class OffsetClock;
class SqliteMeteringRecords;
class Transactional;
struct MarketplaceContext;
struct ServerOptions;

// Every marketplace adapter with what they share (claim codes, the replay guard), the
// account's claim endpoints, and one metering pusher per marketplace.
class Marketplaces
{
public:
    struct Services {
        MarketplaceService &marketplace;
        InstanceStore &instances;
        AccountStore &accounts;
        MailStore &mails;
        Transactional &transactions;
        QSqlDatabase db;
        OffsetClock &clock;
        const Clock &systemClock;
        const ServerOptions &options;
        std::function<QString()> publicUrl;
    };
    explicit Marketplaces(const Services &services);
    ~Marketplaces();

    void registerRoutes(Router &router);
    // One pusher per marketplace, polling every pollMs of real time.
    void startMetering(SqliteMeteringRecords &records, int pollMs,
                       const std::function<bool()> &mayPush = {});
    // One round of every pusher as of `now` (the demo's history).
    void pushDue(const QDateTime &now);
    void forgetStale();

private:
    std::unique_ptr<ClaimCodes> m_claims;
    std::unique_ptr<MarketplaceMessages> m_messages;
    std::unique_ptr<MarketplaceContext> m_context;
    std::unique_ptr<ClaimHandlers> m_claimHandlers;
    std::vector<std::unique_ptr<MarketplaceAdapter>> m_adapters;
    std::vector<std::unique_ptr<MeteringPusher>> m_pushers;
};

} // namespace billing::server
