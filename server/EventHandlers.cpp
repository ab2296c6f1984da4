#include "EventHandlers.h"

#include "EventService.h"
#include "Paging.h"
#include "RequestContext.h"
#include "Router.h"

#include <Rfc3339.h>

#include <QJsonArray>

namespace billing::server {
namespace {
QJsonArray itemsOf(const EventPage &page)
{
    QJsonArray items;
    for (const StoredEvent &stored : page.items)
        items.append(stored.event.toJson());
    return items;
}

void readTime(const HttpRequest &request, const QString &name, QDateTime *out, FieldErrors &errors)
{
    const auto value = request.queryValue(name);
    if (!value)
        return;
    *out = rfc3339::parse(*value);
    if (!out->isValid())
        errors.insert(name,
                      QStringLiteral("Expected an RFC 3339 time, e.g. 2026-11-26T08:00:00Z."));
}

AuditFilter readFilter(const HttpRequest &request, FieldErrors &errors)
{
    AuditFilter filter;
    readTime(request, QStringLiteral("since"), &filter.since, errors);
    readTime(request, QStringLiteral("until"), &filter.until, errors);
    if (filter.since.isValid() && filter.until.isValid() && filter.since >= filter.until)
        errors.insert(QStringLiteral("until"), QStringLiteral("Must be later than since."));
    filter.workspaceId = request.queryValue(QStringLiteral("workspaceId")).value_or(QString());
    if (const auto actor = request.queryValue(QStringLiteral("actor"));
        actor && !filter.setActorFromWire(*actor)) {
        errors.insert(QStringLiteral("actor"),
                      QStringLiteral("Expected user, marketplace, system, user:NAME or "
                                     "marketplace:NAME."));
    }
    if (const auto event = request.queryValue(QStringLiteral("event"))) {
        filter.event = eventKindFromWire(*event);
        if (!filter.event)
            errors.insert(QStringLiteral("event"), QStringLiteral("Unknown event."));
    }
    return filter;
}
} // namespace

EventHandlers::EventHandlers(EventService &events)
    : m_events(events)
{}

void EventHandlers::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/workspaces/{id}/history"), {Auth::Bearer, false},
               [this](RequestContext &context) { return history(context); });
    router.add("GET", QStringLiteral("/api/v1/audit"), {Auth::Bearer, false},
               [this](RequestContext &context) { return audit(context); });
}

HttpResponse EventHandlers::history(const RequestContext &context)
{
    FieldErrors errors;
    const PageRequest page = PageRequest::fromQuery(context.request, errors);
    if (!errors.isEmpty())
        return HttpResponse::error(FieldReader::validationError(errors));
    const Outcome<EventPage> result =
        m_events.history(context.account(), context.param(0), page.cursorSeq, page.limit);
    if (!result.ok())
        return HttpResponse::error(result.error());
    return HttpResponse::rawJson(
        200, pageJson(itemsOf(result.value()), result.value().nextSeq, result.value().total));
}

HttpResponse EventHandlers::audit(const RequestContext &context)
{
    FieldErrors errors;
    const PageRequest page = PageRequest::fromQuery(context.request, errors);
    const AuditFilter filter = readFilter(context.request, errors);
    if (!errors.isEmpty())
        return HttpResponse::error(FieldReader::validationError(errors));
    const EventPage result = m_events.audit(context.account(), filter, page.cursorSeq, page.limit);
    return HttpResponse::rawJson(200, pageJson(itemsOf(result), result.nextSeq, result.total));
}

} // namespace billing::server
