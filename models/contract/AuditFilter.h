#pragma once

#include "SettlementEvent.h"

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace billing {

// Which events of the account's audit log to list (GET /api/v1/audit): `since` inclusive,
// `until` exclusive; `actor` is a kind ("user", "marketplace", "system") or one actor
// ("user:NAME", "marketplace:aliyun").
struct AuditFilter {
    QDateTime since;
    QDateTime until;
    QString workspaceId;
    std::optional<ActorKind> actorKind;
    QString actorName; // with actorKind User or Marketplace: that user or marketplace only
    std::optional<EventKind> event;

    QUrlQuery toQuery() const;
    // The wire form of the actor filter, empty when there is none.
    QString actorToWire() const;
    // Reads the actor filter's wire form; false when it is not one.
    bool setActorFromWire(QStringView wire);
    bool matches(const SettlementEvent &event) const;

    friend bool operator==(const AuditFilter &, const AuditFilter &) = default;
};

} // namespace billing
