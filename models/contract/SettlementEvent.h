#pragma once

#include "Workspace.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace billing {

// What happened to a workspace (the "event" of the settlement history).
enum class EventKind { Created, SettlementChanged, LockPending, Locked, Unlocked };

// Why it happened. HistoryStarted marks the `created` event a database migration wrote for
// a workspace that existed before the history did (an extension of the contract's list).
enum class EventReason {
    UserChange,
    SubscriptionReleased,
    SubscriptionExpired,
    SubscriptionRenewed,
    Arrears,
    Recharged,
    LockDue,
    Claimed,
    HistoryStarted,
};

enum class ActorKind { User, Marketplace, System };

// Who did it: a user of the account, a marketplace (its settlement method's wire name,
// e.g. "aliyun") or the Billing Center itself.
struct EventActor {
    ActorKind kind = ActorKind::System;
    QString username;    // only for User
    QString marketplace; // only for Marketplace

    static EventActor user(const QString &username) { return {ActorKind::User, username, {}}; }
    static EventActor ofMarketplace(const QString &code)
    {
        return {ActorKind::Marketplace, {}, code};
    }
    static EventActor system() { return {}; }

    // The user's name or the marketplace's code; empty for the system.
    QString name() const
    {
        switch (kind) {
        case ActorKind::User:
            return username;
        case ActorKind::Marketplace:
            return marketplace;
        case ActorKind::System:
            break;
        }
        return {};
    }

    friend bool operator==(const EventActor &, const EventActor &) = default;
};

// One entry of a workspace's settlement history and of the account's audit log. `from` and
// `to` are the settlements before and after (a `created` event has only `to`; a status event
// has neither); fromStatus/toStatus and lockAt are extensions that say what a status
// event changed.
struct SettlementEvent {
    QString id;
    QString workspaceId;
    QString workspaceName;
    QDateTime at;
    EventActor actor;
    EventKind event = EventKind::Created;
    std::optional<Settlement> from;
    std::optional<Settlement> to;
    std::optional<WorkspaceStatus> fromStatus;
    std::optional<WorkspaceStatus> toStatus;
    QDateTime lockAt; // lock_pending: when the workspace locks
    EventReason reason = EventReason::UserChange;
    QString requestId; // the request that caused it, when one did

    QJsonObject toJson() const;
    // Nullopt, naming the first offending field in *error, when the object is not an event.
    static std::optional<SettlementEvent> fromJson(const QJsonObject &object,
                                                   QString *error = nullptr);
};

QString toWire(EventKind kind);
QString toWire(EventReason reason);
QString toWire(ActorKind kind);
std::optional<EventKind> eventKindFromWire(QStringView wire);
std::optional<EventReason> eventReasonFromWire(QStringView wire);
std::optional<ActorKind> actorKindFromWire(QStringView wire);

} // namespace billing
