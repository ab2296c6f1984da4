#include "EventHandlers.h"

#include "AuditQuery.h"
#include "EventService.h"
#include "Paging.h"
#include "RequestContext.h"
#include "Router.h"

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
    const AuditFilter filter = readAuditQuery(context.request, errors);
    if (!errors.isEmpty())
        return HttpResponse::error(FieldReader::validationError(errors));
    const EventPage result = m_events.audit(context.account(), filter, page.cursorSeq, page.limit);
    return HttpResponse::rawJson(200, pageJson(itemsOf(result), result.nextSeq, result.total));
}

} // namespace billing::server
