#include "SandboxMeteringHandlers.h"

#include "Clock.h"
#include "Logging.h"
#include "Paging.h"
#include "RequestBody.h"
#include "Router.h"
#include "SandboxMarket.h"

#include <AliyunIds.h>
#include <Rfc3339.h>

namespace billing::server {

SandboxMeteringHandlers::SandboxMeteringHandlers(SandboxMarket &market, const Clock &clock)
    : m_market(market)
    , m_clock(clock)
{}

void SandboxMeteringHandlers::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/sandbox/aliyun/metering/outage"), {Auth::None, true},
               [this](RequestContext &context) { return setOutage(context); });
    router.add("GET", QStringLiteral("/api/v1/sandbox/aliyun/metering"), {},
               [this](RequestContext &context) { return accepted(context); });
}

HttpResponse SandboxMeteringHandlers::outageReply() const
{
    const QDateTime until = m_market.outageUntil();
    const QDateTime now = m_clock.now();
    return HttpResponse::json(200, {{QStringLiteral("until"), rfc3339::toJson(until)},
                                    {QStringLiteral("refusing"), until.isValid() && now < until},
                                    {QStringLiteral("now"), rfc3339::format(now)}});
}

HttpResponse SandboxMeteringHandlers::setOutage(const RequestContext &context)
{
    RequestBody body(context.request.body, {"until"});
    QDateTime until;
    if (const auto text = body.fields().string("until")) {
        until = rfc3339::parse(*text);
        if (!until.isValid())
            body.fields().fail("until", QStringLiteral("Must be an RFC 3339 time."));
    }
    if (!body.ok())
        return HttpResponse::error(body.error());
    m_market.setOutageUntil(until.toUTC());
    qCInfo(lcMarketplace) << "sandbox market refuses metering pushes until"
                          << rfc3339::format(until);
    return outageReply();
}

HttpResponse SandboxMeteringHandlers::accepted(const RequestContext &context)
{
    FieldErrors errors;
    const PageRequest page = PageRequest::fromQuery(context.request, errors);
    QString instanceId;
    if (const auto text = context.request.queryValue(QStringLiteral("instanceId"))) {
        const IdParseResult id = parseInstanceId(*text);
        if (id.ok())
            instanceId = id.value;
        else
            errors.insert(QStringLiteral("instanceId"), id.message());
    }
    if (!errors.isEmpty())
        return HttpResponse::error(FieldReader::validationError(errors));
    // The market's records have no sequence: the cursor carries how many came before.
    const qint64 offset = page.cursorSeq;
    const QJsonArray items = m_market.accepted(instanceId, offset, page.limit + 1);
    QJsonArray shown = items;
    qint64 next = 0;
    if (items.size() > page.limit) {
        while (shown.size() > page.limit)
            shown.removeLast();
        next = offset + page.limit;
    }
    return HttpResponse::rawJson(200, pageJson(shown, next, m_market.acceptedCount(instanceId)));
}

} // namespace billing::server
