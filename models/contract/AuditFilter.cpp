#include "AuditFilter.h"

#include "Rfc3339.h"

namespace billing {

QString AuditFilter::actorToWire() const
{
    if (!actorKind)
        return {};
    const QString kind = toWire(*actorKind);
    if (actorName.isEmpty() || *actorKind == ActorKind::System)
        return kind;
    return kind + u':' + actorName;
}

bool AuditFilter::setActorFromWire(QStringView wire)
{
    const qsizetype colon = wire.indexOf(u':');
    const auto kind = actorKindFromWire(colon < 0 ? wire : wire.left(colon));
    const QStringView name = colon < 0 ? QStringView() : wire.mid(colon + 1);
    if (!kind || (colon >= 0 && (name.isEmpty() || *kind == ActorKind::System)))
        return false;
    actorKind = kind;
    actorName = name.toString();
    return true;
}

QUrlQuery AuditFilter::toQuery() const
{
    QUrlQuery query;
    if (since.isValid())
        query.addQueryItem(QStringLiteral("since"), rfc3339::format(since));
    if (until.isValid())
        query.addQueryItem(QStringLiteral("until"), rfc3339::format(until));
    if (!workspaceId.isEmpty())
        query.addQueryItem(QStringLiteral("workspaceId"), workspaceId);
    if (actorKind)
        query.addQueryItem(QStringLiteral("actor"), actorToWire());
    if (event)
        query.addQueryItem(QStringLiteral("event"), toWire(*event));
    return query;
}

bool AuditFilter::matches(const SettlementEvent &item) const
{
    if (since.isValid() && item.at < since)
        return false;
    if (until.isValid() && item.at >= until)
        return false;
    if (!workspaceId.isEmpty() && item.workspaceId != workspaceId)
        return false;
    if (event && item.event != *event)
        return false;
    if (actorKind) {
        if (item.actor.kind != *actorKind)
            return false;
        if (!actorName.isEmpty() && item.actor.name() != actorName)
            return false;
    }
    return true;
}

} // namespace billing
