#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <ApiError.h>

#include <QByteArray>

namespace billing::server {

class Clock;
class MarketplaceService;
class Router;

// GET /spi/aliyun: the Alibaba Cloud Marketplace callbacks, signed with the shared key.
class SpiHandler
{
public:
    SpiHandler(MarketplaceService &marketplace, const Clock &serverClock, const Clock &systemClock,
               const QByteArray &spiKey);
    void registerRoutes(Router &router);

    static constexpr qint64 kMaxClockSkewSeconds = 15 * 60;

private:
    HttpResponse handle(const HttpRequest &request);
    std::optional<ApiError> checkTimeStamp(const HttpRequest &request) const;
    HttpResponse createInstance(const HttpRequest &request);
    HttpResponse renewInstance(const HttpRequest &request);
    HttpResponse expiredInstance(const HttpRequest &request);
    HttpResponse releaseInstance(const HttpRequest &request);

    MarketplaceService &m_marketplace;
    const Clock &m_serverClock;
    const Clock &m_systemClock;
    QByteArray m_spiKey;
};

} // namespace billing::server
