#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "LoginThrottle.h"

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
    // Wrong tokens are counted in `badTokenLog`; by default in this process's memory.
    SpiHandler(MarketplaceService &marketplace, const Clock &serverClock, const Clock &systemClock,
               const QByteArray &spiKey, std::unique_ptr<LoginFailureLog> badTokenLog = {});
    void registerRoutes(Router &router);
    void forgetStaleFailures() { m_badTokens.forgetStale(); }

    static constexpr qint64 kMaxClockSkewSeconds = 15 * 60;
    // Wrong or missing tokens per client address (loopback included: a reverse proxy would
    // make every caller loopback) before its further wrong or missing tokens are answered 429
    // for a while. A correctly signed call always goes through.
    static constexpr int kMaxBadTokens = 20;
    static constexpr qint64 kBadTokenWindowSeconds = 15 * 60;
    // The log-in throttle's purge drops every kind's failures older than its own window.
    static_assert(kBadTokenWindowSeconds <= LoginThrottle::kWindowSeconds);

private:
    HttpResponse handle(const HttpRequest &request);
    std::optional<ApiError> checkTimeStamp(const HttpRequest &request) const;
    HttpResponse createInstance(const HttpRequest &request);
    HttpResponse renewInstance(const HttpRequest &request);
    HttpResponse expiredInstance(const HttpRequest &request);
    HttpResponse releaseInstance(const HttpRequest &request);
    HttpResponse upgradeInstance(const HttpRequest &request);
    HttpResponse verify(const HttpRequest &request);

    MarketplaceService &m_marketplace;
    const Clock &m_serverClock;
    const Clock &m_systemClock;
    QByteArray m_spiKey;
    LoginThrottle m_badTokens; // the same sliding window as logins, Kind::SpiToken by address
};

} // namespace billing::server
