#include "HuaweiSandboxConsole.h"

#include "../MarketplaceContext.h"
#include "Clock.h"
#include "HuaweiCallback.h"
#include "HuaweiCallbackHandler.h"
#include "HuaweiSandboxMarket.h"
#include "HuaweiSignature.h"
#include "MarketplaceService.h"
#include "RequestBody.h"
#include "Router.h"
#include "SecureRandom.h"

#include <MarketplaceIds.h>

#include <QJsonDocument>

namespace billing::server {
namespace {
const QString kInstances = QStringLiteral("/api/v1/sandbox/huawei/instances");

ApiError errorOf(const QJsonObject &reply, int status)
{
    const QString code = reply.value(u"resultCode").toString();
    const QString message = QStringLiteral("KooGallery callback answered %1: %2")
                                .arg(code, reply.value(u"resultMsg").toString());
    if (status == 503)
        return ApiError::make(ErrorCode::ServiceUnavailable, message);
    if (code == u"000003")
        return ApiError::make(ErrorCode::NotFound, message);
    if (code == u"000002")
        return ApiError::make(ErrorCode::BadRequest, message);
    return ApiError::make(ErrorCode::Internal, message);
}
} // namespace

const QString HuaweiSandboxConsole::kProductId = QStringLiteral("OFFI000000000000000018");
const QString HuaweiSandboxConsole::kSkuCode = QStringLiteral("billing-desk-monthly");

HuaweiSandboxConsole::HuaweiSandboxConsole(const MarketplaceContext &context,
                                           HuaweiCallbackHandler &callbacks,
                                           HuaweiSandboxMarket &market)
    : m_context(context)
    , m_callbacks(callbacks)
    , m_market(market)
{}

void HuaweiSandboxConsole::registerRoutes(Router &router)
{
    router.add("POST", kInstances, {Auth::None, true},
               [this](RequestContext &context) { return subscribe(context); });
    router.add("POST", kInstances + QStringLiteral("/{id}/freeze"), {Auth::None, true},
               [this](RequestContext &context) { return setStatus(context, true); });
    router.add("POST", kInstances + QStringLiteral("/{id}/unfreeze"), {Auth::None, true},
               [this](RequestContext &context) { return setStatus(context, false); });
    router.add("POST", kInstances + QStringLiteral("/{id}/renew"), {Auth::None, true},
               [this](RequestContext &context) { return renew(context); });
    router.add("POST", kInstances + QStringLiteral("/{id}/release"), {Auth::None, true},
               [this](RequestContext &context) { return release(context); });
    router.add("GET", QStringLiteral("/api/v1/sandbox/huawei/metering"), {},
               [this](RequestContext &context) { return metering(context); });
}

QString HuaweiSandboxConsole::newOrderId()
{
    return QStringLiteral("CS") + QString::fromLatin1(SecureRandom::bytes(8).toHex()).toUpper();
}

Outcome<QJsonObject> HuaweiSandboxConsole::send(const QJsonObject &body)
{
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/spi/huawei");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.headers = {{"content-type", "application/json"}};
    request.peerAddress = QHostAddress::LocalHost;
    request.isLoopback = true;
    const QString nonce = QString::fromLatin1(SecureRandom::bytes(16).toHex());
    request.query = HuaweiSignature::signedQuery(
        m_callbacks.key(), nonce, m_context.systemClock.now().toMSecsSinceEpoch(), request.body);
    const HttpResponse response = m_callbacks.handle(request);
    const QJsonObject reply = QJsonDocument::fromJson(response.body).object();
    if (response.status != 200 || reply.value(u"resultCode").toString() != u"000000")
        return errorOf(reply, response.status);
    return reply;
}

HttpResponse HuaweiSandboxConsole::subscriptionReply(int status, const QString &instanceId)
{
    const auto instance = m_context.marketplace.find(instanceId);
    if (!instance)
        return HttpResponse::error(ErrorCode::NotFound, QStringLiteral("No such instance."));
    return HttpResponse::json(
        status, instance->toSubscriptionJson(m_context.marketplace.boundWorkspaces(instanceId)));
}

HttpResponse HuaweiSandboxConsole::subscribe(const RequestContext &context)
{
    RequestBody body(context.request.body, {"huaweiAccountId", "trial"}, true);
    FieldReader &reader = body.fields();
    QString account = QString::fromLatin1(SecureRandom::bytes(16).toHex());
    if (const auto given = reader.string("huaweiAccountId", false)) {
        const IdParseResult parsed = parseHuaweiAccountId(*given);
        if (!parsed.ok())
            reader.fail("huaweiAccountId", parsed.message());
        account = parsed.value;
    }
    const bool trial = reader.boolean("trial", false).value_or(false);
    if (!body.ok())
        return HttpResponse::error(body.error());

    const QDateTime now = m_context.clock.now();
    const QString orderId = newOrderId();
    const Outcome<QJsonObject> reply = send(QJsonObject{
        {QStringLiteral("activity"), toWire(HuaweiActivity::NewInstance)},
        {QStringLiteral("orderId"), orderId},
        {QStringLiteral("orderLineId"), QString(orderId + QStringLiteral("-000001"))},
        {QStringLiteral("businessId"), QString::fromLatin1(SecureRandom::bytes(16).toHex())},
        {QStringLiteral("customerId"), account},
        {QStringLiteral("productId"), kProductId},
        {QStringLiteral("skuCode"), kSkuCode},
        {QStringLiteral("expireTime"),
         formatHuaweiTime(trial ? now.addDays(14) : now.addMonths(1))},
        {QStringLiteral("trialFlag"), trial ? QStringLiteral("1") : QStringLiteral("0")},
    });
    if (!reply.ok())
        return HttpResponse::error(reply.error());
    return subscriptionReply(201, reply.value().value(u"instanceId").toString());
}

HttpResponse HuaweiSandboxConsole::instanceAction(const RequestContext &context, QJsonObject body)
{
    const IdParseResult id = parseMarketplaceToken(context.param(0));
    if (!id.ok())
        return HttpResponse::error(ErrorCode::NotFound, QStringLiteral("No such instance."));
    body.insert(QStringLiteral("instanceId"), id.value);
    const Outcome<QJsonObject> reply = send(body);
    if (!reply.ok())
        return HttpResponse::error(reply.error());
    return subscriptionReply(200, id.value);
}

HttpResponse HuaweiSandboxConsole::setStatus(const RequestContext &context, bool freeze)
{
    const RequestBody body(context.request.body, {}, true);
    if (!body.ok())
        return HttpResponse::error(body.error());
    return instanceAction(
        context, {{QStringLiteral("activity"), toWire(HuaweiActivity::UpdateInstanceStatus)},
                  {QStringLiteral("status"),
                   freeze ? QStringLiteral("FREEZE") : QStringLiteral("UNFREEZE")}});
}

HttpResponse HuaweiSandboxConsole::renew(const RequestContext &context)
{
    RequestBody body(context.request.body, {"days"}, true);
    const qint64 days = body.fields().integer("days", false).value_or(kDefaultRenewalDays);
    if (days < 1 || days > kMaxRenewalDays)
        body.fields().fail("days", QStringLiteral("From 1 to %1.").arg(kMaxRenewalDays));
    if (!body.ok())
        return HttpResponse::error(body.error());
    // A renewal extends the current term, or starts a new one when it has run out.
    const auto instance = m_context.marketplace.find(context.param(0));
    QDateTime from = m_context.clock.now();
    if (instance && instance->instance.expiredOn.isValid() && instance->instance.expiredOn > from)
        from = instance->instance.expiredOn;
    return instanceAction(context,
                          {{QStringLiteral("activity"), toWire(HuaweiActivity::RefreshInstance)},
                           {QStringLiteral("orderId"), newOrderId()},
                           {QStringLiteral("scene"), toWire(HuaweiRefreshScene::Renewal)},
                           {QStringLiteral("expireTime"), formatHuaweiTime(from.addDays(days))}});
}

HttpResponse HuaweiSandboxConsole::release(const RequestContext &context)
{
    RequestBody body(context.request.body, {"refund"}, true);
    const bool refund = body.fields().boolean("refund", false).value_or(false);
    if (!body.ok())
        return HttpResponse::error(body.error());
    QJsonObject callback{{QStringLiteral("activity"), toWire(HuaweiActivity::ReleaseInstance)}};
    if (refund)
        callback.insert(QStringLiteral("orderId"), newOrderId());
    return instanceAction(context, callback);
}

HttpResponse HuaweiSandboxConsole::metering(const RequestContext &context)
{
    QString instanceId;
    if (const auto text = context.request.queryValue(QStringLiteral("subscriptionId"))) {
        const IdParseResult id = parseMarketplaceToken(*text);
        if (!id.ok())
            return HttpResponse::error(
                FieldReader::validationError({{QStringLiteral("subscriptionId"), id.message()}}));
        instanceId = id.value;
    }
    return HttpResponse::json(200, {{QStringLiteral("records"), m_market.accepted(instanceId)}});
}

} // namespace billing::server
