#include "HuaweiCallbackHandler.h"

#include "../MarketplaceContext.h"
#include "../MarketplaceMessages.h"
#include "Clock.h"
#include "HuaweiSignature.h"
#include "Logging.h"
#include "Router.h"
#include "Transactional.h"

namespace billing::server {
namespace {
HttpResponse reply(int status, const HuaweiReply &reply)
{
    return HttpResponse::json(status, reply.toJson());
}
} // namespace

HuaweiCallbackHandler::HuaweiCallbackHandler(const MarketplaceContext &context, QByteArray key)
    : m_messages(context.messages)
    , m_transactions(context.transactions)
    , m_systemClock(context.systemClock)
    , m_key(std::move(key))
    , m_actions(context.marketplace, context.publicUrl)
{}

void HuaweiCallbackHandler::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/spi/huawei"), {},
               [this](RequestContext &context) { return handle(context.request); });
}

HttpResponse HuaweiCallbackHandler::handle(const HttpRequest &request)
{
    if (m_key.isEmpty()) {
        qCWarning(lcSpi) << "Huawei callback refused: no KooGallery key configured "
                            "(--huawei-key or BILLING_CENTER_HUAWEI_KEY)";
        return reply(503, HuaweiReply::failure(HuaweiResult::Internal,
                                               QStringLiteral("The KooGallery callback is not "
                                                              "configured on this server.")));
    }
    return reply(200, process(request));
}

HuaweiReply HuaweiCallbackHandler::process(const HttpRequest &request)
{
    try {
        if (const auto refused = authenticate(request)) {
            qCWarning(lcSpi) << "Huawei callback from" << request.peerAddress.toString()
                             << "refused:" << *refused;
            return HuaweiReply::failure(HuaweiResult::AuthenticationFailed, *refused);
        }
        QString error;
        const auto callback = parseHuaweiCallback(request.body, &error);
        if (!callback) {
            qCWarning(lcSpi) << "Huawei callback with bad parameters:" << error;
            return HuaweiReply::failure(HuaweiResult::BadParameters, error);
        }
        const HuaweiReply result = m_actions.apply(*callback);
        qCInfo(lcSpi) << "Huawei callback" << toWire(callback->activity) << "->"
                      << HuaweiReply::code(result.result);
        return result;
    } catch (const std::exception &failure) {
        qCCritical(lcSpi) << "Huawei callback failed:" << failure.what();
        return HuaweiReply::failure(HuaweiResult::Internal,
                                    QStringLiteral("The server could not complete the call."));
    }
}

std::optional<QString> HuaweiCallbackHandler::authenticate(const HttpRequest &request)
{
    const auto credentials = HuaweiSignature::read(request.query);
    if (!credentials)
        return QStringLiteral("Missing or malformed signature, timestamp or nonce.");
    if (!HuaweiSignature::verify(*credentials, m_key, request.body))
        return QStringLiteral("Wrong signature.");
    const QDateTime now = m_systemClock.now();
    if (qAbs(credentials->timestampMs - now.toMSecsSinceEpoch()) > kMaxClockSkewMs)
        return QStringLiteral("Stale timestamp (more than 60 s from the server's clock).");
    // Every authenticated call's nonce is kept, so the same request again is refused even
    // when the first one failed.
    TransactionGuard transaction(m_transactions);
    if (m_messages.seen(SettlementMethod::Huawei, credentials->nonce)) {
        transaction.commit();
        return QStringLiteral("Replayed nonce.");
    }
    m_messages.remember(SettlementMethod::Huawei, credentials->nonce, now);
    transaction.commit();
    return std::nullopt;
}

void HuaweiCallbackHandler::forgetStale()
{
    // A nonce older than the window comes with a timestamp that is stale anyway.
    m_messages.forgetBefore(SettlementMethod::Huawei,
                            m_systemClock.now().addSecs(-kNonceWindowSeconds));
}

} // namespace billing::server
