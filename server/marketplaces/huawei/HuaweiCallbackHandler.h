#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "HuaweiInstanceActions.h"
#include "HuaweiReply.h"

#include <QByteArray>

#include <optional>

namespace billing::server {

class Clock;
class MarketplaceMessages;
class Router;
class Transactional;
struct MarketplaceContext;

// POST /spi/huawei: KooGallery's signed callbacks (interface version 2). Authenticated by the
// signature in the query over nonce + timestamp + the body's SHA-256, a timestamp within 60 s
// of the system clock, and a nonce not seen in the last 10 minutes. Always HTTP 200 with
// {"resultCode","resultMsg"}, except 503 when no key is configured.
class HuaweiCallbackHandler
{
public:
    HuaweiCallbackHandler(const MarketplaceContext &context, QByteArray key);

    void registerRoutes(Router &router);
    // The route's handler; the sandbox console hands its signed requests here too.
    HttpResponse handle(const HttpRequest &request);
    // Nonces older than the replay window.
    void forgetStale();

    const QByteArray &key() const { return m_key; }

    static constexpr qint64 kMaxClockSkewMs = 60 * 1000;
    static constexpr qint64 kNonceWindowSeconds = 10 * 60;

private:
    // Why the call is not authenticated, or nullopt; an authenticated nonce is remembered.
    std::optional<QString> authenticate(const HttpRequest &request);
    HuaweiReply process(const HttpRequest &request);

    MarketplaceMessages &m_messages;
    Transactional &m_transactions;
    const Clock &m_systemClock;
    QByteArray m_key;
    HuaweiInstanceActions m_actions;
};

} // namespace billing::server
