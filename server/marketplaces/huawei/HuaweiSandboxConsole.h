#pragma once

#include "HttpResponse.h"
#include "Outcome.h"

#include <QJsonObject>

namespace billing::server {

class HuaweiCallbackHandler;
class HuaweiSandboxMarket;
class Router;
struct MarketplaceContext;
struct RequestContext;

// The sandbox's KooGallery console (--sandbox): each action sends the signed callback
// KooGallery would send, in process, through the same handler as POST /spi/huawei, and
// answers the subscription as it then stands. Also what the sandbox usage-data API accepted.
class HuaweiSandboxConsole
{
public:
    HuaweiSandboxConsole(const MarketplaceContext &context, HuaweiCallbackHandler &callbacks,
                         HuaweiSandboxMarket &market);
    void registerRoutes(Router &router);

    static const QString kProductId;
    static const QString kSkuCode;
    static constexpr qint64 kDefaultRenewalDays = 30;
    static constexpr qint64 kMaxRenewalDays = 3660;

private:
    HttpResponse subscribe(const RequestContext &context);
    HttpResponse setStatus(const RequestContext &context, bool freeze);
    HttpResponse renew(const RequestContext &context);
    HttpResponse release(const RequestContext &context);
    HttpResponse metering(const RequestContext &context);
    // Signs and sends the callback: KooGallery's reply when it is 000000, else the error.
    Outcome<QJsonObject> send(const QJsonObject &body);
    HttpResponse instanceAction(const RequestContext &context, QJsonObject body);
    HttpResponse subscriptionReply(int status, const QString &instanceId);
    static QString newOrderId();

    const MarketplaceContext &m_context;
    HuaweiCallbackHandler &m_callbacks;
    HuaweiSandboxMarket &m_market;
};

} // namespace billing::server
