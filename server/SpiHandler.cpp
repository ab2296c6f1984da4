#include "SpiHandler.h"

#include "Clock.h"
#include "Logging.h"
#include "MarketplaceService.h"
#include "Router.h"
#include "SpiSignature.h"

#include <AliyunIds.h>

#include <QSet>

namespace billing::server {
namespace {
HttpResponse failure(const ApiError &error)
{
    return HttpResponse::json(httpStatus(error.code),
                              {{QStringLiteral("success"), QStringLiteral("false")},
                               {QStringLiteral("error"), error.toJson()}});
}

HttpResponse failure(ErrorCode code, const QString &message)
{
    return failure(ApiError::make(code, message));
}

HttpResponse success()
{
    return HttpResponse::json(200, {{QStringLiteral("success"), QStringLiteral("true")}});
}

ApiError badRequest(const QString &message)
{
    return ApiError::make(ErrorCode::BadRequest, message);
}

// Required, non-empty parameter; *error names the first one missing.
QString required(const HttpRequest &request, const char *name, std::optional<ApiError> *error)
{
    const QString value = request.queryValue(QString::fromLatin1(name)).value_or(QString());
    if (value.isEmpty() && !*error)
        *error = badRequest(QStringLiteral("Missing parameter %1.").arg(QLatin1String(name)));
    return value;
}

// "yyyy-MM-dd HH:mm:ss" in Beijing time (UTC+8), as the marketplace writes times.
QDateTime parseBeijingTime(const QString &text)
{
    const QDateTime local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!local.isValid())
        return {};
    return QDateTime(local.date(), local.time(), Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

std::optional<bool> parseFlag(const QString &text)
{
    if (text.compare(u"true", Qt::CaseInsensitive) == 0 || text == u"1")
        return true;
    if (text.compare(u"false", Qt::CaseInsensitive) == 0 || text == u"0")
        return false;
    return std::nullopt;
}

// The parameters not in `known`, the first value of each: what the marketplace sent beyond
// what the action reads, kept for audit.
QJsonObject otherParameters(const HttpRequest &request, const QSet<QString> &known)
{
    QJsonObject other;
    for (const auto &[name, value] : request.query) {
        if (!known.contains(name) && !other.contains(name))
            other.insert(name, value);
    }
    return other;
}

std::optional<QString> instanceParameter(const HttpRequest &request, std::optional<ApiError> *error)
{
    const QString raw = required(request, "instanceId", error);
    if (*error)
        return std::nullopt;
    const IdParseResult id = parseInstanceId(raw);
    if (!id.ok()) {
        *error = badRequest(QStringLiteral("Invalid instanceId: %1").arg(id.message()));
        return std::nullopt;
    }
    return id.value;
}
} // namespace

SpiHandler::SpiHandler(MarketplaceService &marketplace, const Clock &serverClock,
                       const Clock &systemClock, const QByteArray &spiKey,
                       std::unique_ptr<LoginFailureLog> badTokenLog)
    : m_marketplace(marketplace)
    , m_serverClock(serverClock)
    , m_systemClock(systemClock)
    , m_spiKey(spiKey)
    , m_badTokens(serverClock, kMaxBadTokens, kBadTokenWindowSeconds, kMaxBadTokens,
                  std::move(badTokenLog))
{}

void SpiHandler::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/spi/aliyun"), {},
               [this](RequestContext &context) { return handle(context.request); });
}

std::optional<ApiError> SpiHandler::checkTimeStamp(const HttpRequest &request) const
{
    const auto text = request.queryValue(QStringLiteral("timeStamp"));
    if (!text)
        return std::nullopt;
    const QDateTime stamp = parseBeijingTime(*text);
    if (!stamp.isValid())
        return badRequest(QStringLiteral("Invalid timeStamp (expected yyyy-MM-dd HH:mm:ss)."));
    const auto skew = [&](const Clock &clock) {
        return qAbs(stamp.secsTo(clock.now()));
    };
    if (skew(m_serverClock) > kMaxClockSkewSeconds && skew(m_systemClock) > kMaxClockSkewSeconds)
        return ApiError::make(ErrorCode::Forbidden, QStringLiteral("Stale marketplace token."));
    return std::nullopt;
}

HttpResponse SpiHandler::handle(const HttpRequest &request)
{
    const QString action = request.queryValue(QStringLiteral("action")).value_or(QString());
    if (m_spiKey.isEmpty()) {
        qCWarning(lcSpi) << "SPI call" << action
                         << "refused: no marketplace key configured "
                            "(--spi-key or BILLING_CENTER_SPI_KEY)";
        return failure(ErrorCode::ServiceUnavailable,
                       QStringLiteral("The marketplace callback is not configured."));
    }
    const QString address = request.peerAddress.toString();
    if (!SpiSignature::verify(request.query, m_spiKey)) {
        // Only wrong tokens count and only they are throttled: the marketplace, signing
        // correctly, must get through even while someone guesses from the same address.
        if (const qint64 wait = m_badTokens.retryAfter(LoginThrottle::Kind::SpiToken, address)) {
            qCWarning(lcSpi) << "SPI call" << action << "from" << address
                             << "refused: too many wrong tokens";
            return failure(ErrorCode::RateLimited,
                           QStringLiteral("Too many wrong marketplace tokens from this address."))
                .withHeader("Retry-After", QByteArray::number(wait));
        }
        m_badTokens.recordFailure(LoginThrottle::Kind::SpiToken, address);
        qCWarning(lcSpi) << "SPI call" << action << "from" << address
                         << "refused: missing or wrong token";
        return failure(ErrorCode::Forbidden, QStringLiteral("Missing or wrong marketplace token."));
    }
    if (const auto stale = checkTimeStamp(request)) {
        qCWarning(lcSpi) << "SPI call" << action << "refused:" << stale->message;
        return failure(*stale);
    }
    if (action == u"createInstance")
        return createInstance(request);
    if (action == u"renewInstance")
        return renewInstance(request);
    if (action == u"expiredInstance")
        return expiredInstance(request);
    if (action == u"releaseInstance")
        return releaseInstance(request);
    if (action == u"upgradeInstance")
        return upgradeInstance(request);
    if (action == u"verify")
        return verify(request);
    qCWarning(lcSpi) << "SPI call with unknown action" << action;
    return failure(ErrorCode::BadRequest, action.isEmpty() ? QStringLiteral("Missing action.")
                                                           : QStringLiteral("Unknown action."));
}

HttpResponse SpiHandler::createInstance(const HttpRequest &request)
{
    std::optional<ApiError> error;
    CreateInstanceRequest create;
    const QString aliUid = required(request, "aliUid", &error);
    create.orderBizId = required(request, "orderBizId", &error);
    create.orderId = required(request, "orderId", &error);
    create.productCode = required(request, "productCode", &error);
    create.skuId = required(request, "skuId", &error);
    const QString trial = required(request, "trial", &error);
    if (error)
        return failure(*error);
    const IdParseResult uid = parseAliyunAccountId(aliUid);
    if (!uid.ok())
        return failure(badRequest(QStringLiteral("Invalid aliUid: %1").arg(uid.message())));
    create.aliUid = uid.value;
    const auto isTrial = parseFlag(trial);
    if (!isTrial)
        return failure(badRequest(QStringLiteral("Invalid trial (expected true or false).")));
    create.trial = *isTrial;
    if (const auto expiredOn = request.queryValue(QStringLiteral("expiredOn"));
        expiredOn && !expiredOn->isEmpty()) {
        create.expiredOn = parseBeijingTime(*expiredOn);
        if (!create.expiredOn.isValid())
            return failure(badRequest(QStringLiteral("Invalid expiredOn.")));
    }
    create.templateName = request.queryValue(QStringLiteral("template")).value_or(QString());
    static const QSet<QString> known{
        QStringLiteral("action"),     QStringLiteral("token"),    QStringLiteral("aliUid"),
        QStringLiteral("orderBizId"), QStringLiteral("orderId"),  QStringLiteral("productCode"),
        QStringLiteral("skuId"),      QStringLiteral("trial"),    QStringLiteral("expiredOn"),
        QStringLiteral("template"),   QStringLiteral("timeStamp")};
    create.extra = otherParameters(request, known);
    const StoredInstance created = m_marketplace.createInstance(create);
    return HttpResponse::json(200, {{QStringLiteral("instanceId"), created.instance.instanceId}});
}

HttpResponse SpiHandler::renewInstance(const HttpRequest &request)
{
    std::optional<ApiError> error;
    const auto instanceId = instanceParameter(request, &error);
    const QString orderId = required(request, "orderId", &error);
    const QString expiredOnText = required(request, "expiredOn", &error);
    if (error)
        return failure(*error);
    const QDateTime expiredOn = parseBeijingTime(expiredOnText);
    if (!expiredOn.isValid())
        return failure(badRequest(QStringLiteral("Invalid expiredOn.")));
    const auto outcome = m_marketplace.renew(*instanceId, orderId, expiredOn);
    return outcome.ok() ? success() : failure(outcome.error());
}

HttpResponse SpiHandler::expiredInstance(const HttpRequest &request)
{
    std::optional<ApiError> error;
    const auto instanceId = instanceParameter(request, &error);
    if (error)
        return failure(*error);
    const auto outcome = m_marketplace.expire(*instanceId);
    return outcome.ok() ? success() : failure(outcome.error());
}

HttpResponse SpiHandler::releaseInstance(const HttpRequest &request)
{
    std::optional<ApiError> error;
    const auto instanceId = instanceParameter(request, &error);
    if (error)
        return failure(*error);
    // Optional: the marketplace's public sample omits it.
    const QString isRefund = request.queryValue(QStringLiteral("isRefund")).value_or(QString());
    const auto refund = isRefund.isEmpty() ? std::optional(false) : parseFlag(isRefund);
    if (!refund)
        return failure(badRequest(QStringLiteral("Invalid isRefund (expected true or false).")));
    const auto outcome = m_marketplace.release(*instanceId, *refund);
    return outcome.ok() ? success() : failure(outcome.error());
}

HttpResponse SpiHandler::upgradeInstance(const HttpRequest &request)
{
    std::optional<ApiError> error;
    UpgradeInstanceRequest upgrade;
    const auto instanceId = instanceParameter(request, &error);
    upgrade.orderId = required(request, "orderId", &error);
    upgrade.skuId = required(request, "skuId", &error);
    if (error)
        return failure(*error);
    upgrade.instanceId = *instanceId;
    static const QSet<QString> known{QStringLiteral("action"),     QStringLiteral("token"),
                                     QStringLiteral("instanceId"), QStringLiteral("orderId"),
                                     QStringLiteral("skuId"),      QStringLiteral("timeStamp")};
    upgrade.billable = otherParameters(request, known);
    const auto outcome = m_marketplace.upgrade(upgrade);
    return outcome.ok() ? success() : failure(outcome.error());
}

HttpResponse SpiHandler::verify(const HttpRequest &request)
{
    std::optional<ApiError> error;
    const auto instanceId = instanceParameter(request, &error);
    // handle() has checked that it is fresh; sign-on requires one.
    required(request, "timeStamp", &error);
    if (error)
        return failure(*error);
    const auto outcome = m_marketplace.signOn(*instanceId);
    if (!outcome.ok())
        return failure(outcome.error());
    const auto &instance = outcome.value().instance;
    return HttpResponse::json(200, {{QStringLiteral("success"), QStringLiteral("true")},
                                    {QStringLiteral("instanceId"), instance.instanceId},
                                    {QStringLiteral("status"), toWire(instance.status)}});
}

} // namespace billing::server
