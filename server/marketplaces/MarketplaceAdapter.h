#pragma once

#include <SettlementMethod.h>

namespace billing::server {

class MeteringGateway;
class Router;
struct StoredInstance;

// One marketplace as the server meets it: its callbacks (and landing pages), its sandbox
// console, and where its metering records go. A fifth marketplace is one more folder with one
// of these and a line in MarketplaceRegistry.
class MarketplaceAdapter
{
public:
    virtual ~MarketplaceAdapter() = default;

    virtual SettlementMethod marketplace() const = 0;
    // The marketplace's callbacks and landing pages (authenticated the marketplace's way).
    virtual void registerRoutes(Router &router) = 0;
    // Only with --sandbox: the console that plays the marketplace through registerRoutes' code.
    virtual void registerSandboxRoutes(Router &router) = 0;
    // The sandbox market or the real endpoint (unreachable here) for metering records.
    virtual MeteringGateway &meteringGateway() = 0;
    // Called every few minutes: drop replay-guard entries and throttles that aged out.
    virtual void forgetStale() {}
    // After POST /api/v1/marketplace/claims gave one of this marketplace's subscriptions to an
    // account (e.g. Azure activates it then).
    virtual void onClaimed(const StoredInstance &) {}
};

} // namespace billing::server
