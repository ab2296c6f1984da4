#pragma once

#include "HttpResponse.h"

#include <functional>

namespace billing::server {

class MailStore;
class MarketplaceService;
class OffsetClock;
class Router;
struct RequestContext;

// The /api/v1/sandbox endpoints, registered only with --sandbox: marketplace instances through
// the same code paths as the SPI, every mail sent, and the server clock.
class SandboxHandlers
{
public:
    // clockMoved runs after each move of the clock (what became due is done at once).
    SandboxHandlers(MarketplaceService &marketplace, MailStore &mails, OffsetClock &clock,
                    std::function<void()> clockMoved);
    void registerRoutes(Router &router);

    static const QString kProductCode;

private:
    HttpResponse createInstance(const RequestContext &context);
    HttpResponse instanceAction(const RequestContext &context, const QString &action);
    HttpResponse upgradeInstance(const RequestContext &context);
    HttpResponse mailbox(const RequestContext &context);
    HttpResponse setClock(const RequestContext &context);
    HttpResponse instanceReply(int status, const QString &instanceId);

    MarketplaceService &m_marketplace;
    MailStore &m_mails;
    OffsetClock &m_clock;
    std::function<void()> m_clockMoved;
};

} // namespace billing::server
