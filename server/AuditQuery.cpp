#include "AuditQuery.h"

#include <Rfc3339.h>

namespace billing::server {
namespace {
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

} // namespace

AuditFilter readAuditQuery(const HttpRequest &request, FieldErrors &errors)
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

} // namespace billing::server
