#include "SettlementEvent.h"

#include "Rfc3339.h"

#include <array>
#include <utility>

namespace billing {
namespace {
template <typename Enum, std::size_t N>
QString wireOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value)
{
    for (const auto &[key, wire] : table) {
        if (key == value)
            return QString::fromUtf16(wire);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromWire(const std::array<std::pair<Enum, const char16_t *>, N> &table,
                             QStringView wire)
{
    for (const auto &[key, text] : table) {
        if (wire == QStringView(text))
            return key;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<EventKind, const char16_t *>, 5> kKinds{{
    {EventKind::Created, u"created"},
    {EventKind::SettlementChanged, u"settlement_changed"},
    {EventKind::LockPending, u"lock_pending"},
    {EventKind::Locked, u"locked"},
    {EventKind::Unlocked, u"unlocked"},
}};

constexpr std::array<std::pair<EventReason, const char16_t *>, 9> kReasons{{
    {EventReason::UserChange, u"user_change"},
    {EventReason::SubscriptionReleased, u"subscription_released"},
    {EventReason::SubscriptionExpired, u"subscription_expired"},
    {EventReason::SubscriptionRenewed, u"subscription_renewed"},
    {EventReason::Arrears, u"arrears"},
    {EventReason::Recharged, u"recharged"},
    {EventReason::LockDue, u"lock_due"},
    {EventReason::Claimed, u"claimed"},
    {EventReason::HistoryStarted, u"history_started"},
}};

constexpr std::array<std::pair<ActorKind, const char16_t *>, 3> kActors{{
    {ActorKind::User, u"user"},
    {ActorKind::Marketplace, u"marketplace"},
    {ActorKind::System, u"system"},
}};

bool fail(QString *error, const QString &field)
{
    if (error)
        *error = field;
    return false;
}

std::nullopt_t failed(QString *error, const QString &field)
{
    fail(error, field);
    return std::nullopt;
}

bool readSettlement(const QJsonObject &object, const QString &key, std::optional<Settlement> *out,
                    QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    QString inner;
    *out = settlementFromJson(value.toObject(), &inner);
    return (value.isObject() && *out) || fail(error, key + u'.' + inner);
}

bool readStatus(const QJsonObject &object, const QString &key, std::optional<WorkspaceStatus> *out,
                QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    *out = workspaceStatusFromWire(value.toString());
    return out->has_value() || fail(error, key);
}

bool readActor(const QJsonObject &object, EventActor *actor, QString *error)
{
    const auto kind = actorKindFromWire(object.value(u"kind").toString());
    if (!kind)
        return fail(error, QStringLiteral("actor.kind"));
    actor->kind = *kind;
    actor->username = object.value(u"username").toString();
    actor->marketplace = object.value(u"marketplace").toString();
    if (*kind == ActorKind::User && actor->username.isEmpty())
        return fail(error, QStringLiteral("actor.username"));
    if (*kind == ActorKind::Marketplace && actor->marketplace.isEmpty())
        return fail(error, QStringLiteral("actor.marketplace"));
    return true;
}
} // namespace

QString toWire(EventKind kind)
{
    return wireOf(kKinds, kind);
}

QString toWire(EventReason reason)
{
    return wireOf(kReasons, reason);
}

QString toWire(ActorKind kind)
{
    return wireOf(kActors, kind);
}

std::optional<EventKind> eventKindFromWire(QStringView wire)
{
    return fromWire(kKinds, wire);
}

std::optional<EventReason> eventReasonFromWire(QStringView wire)
{
    return fromWire(kReasons, wire);
}

std::optional<ActorKind> actorKindFromWire(QStringView wire)
{
    return fromWire(kActors, wire);
}

QJsonObject SettlementEvent::toJson() const
{
    QJsonObject actorObject{{QStringLiteral("kind"), toWire(actor.kind)}};
    if (actor.kind == ActorKind::User)
        actorObject.insert(QStringLiteral("username"), actor.username);
    if (actor.kind == ActorKind::Marketplace)
        actorObject.insert(QStringLiteral("marketplace"), actor.marketplace);
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("workspaceId"), workspaceId},
                       {QStringLiteral("workspaceName"), workspaceName},
                       {QStringLiteral("at"), rfc3339::toJson(at)},
                       {QStringLiteral("actor"), actorObject},
                       {QStringLiteral("event"), toWire(event)},
                       {QStringLiteral("reason"), toWire(reason)}};
    if (from)
        object.insert(QStringLiteral("from"), billing::toJson(*from));
    if (to)
        object.insert(QStringLiteral("to"), billing::toJson(*to));
    if (fromStatus)
        object.insert(QStringLiteral("fromStatus"), billing::toWire(*fromStatus));
    if (toStatus)
        object.insert(QStringLiteral("toStatus"), billing::toWire(*toStatus));
    if (lockAt.isValid())
        object.insert(QStringLiteral("lockAt"), rfc3339::toJson(lockAt));
    if (!requestId.isEmpty())
        object.insert(QStringLiteral("requestId"), requestId);
    return object;
}

std::optional<SettlementEvent> SettlementEvent::fromJson(const QJsonObject &object, QString *error)
{
    SettlementEvent event;
    event.id = object.value(u"id").toString();
    event.workspaceId = object.value(u"workspaceId").toString();
    event.workspaceName = object.value(u"workspaceName").toString();
    event.at = rfc3339::parse(object.value(u"at").toString());
    event.requestId = object.value(u"requestId").toString();
    const auto kind = eventKindFromWire(object.value(u"event").toString());
    const auto reason = eventReasonFromWire(object.value(u"reason").toString());
    const QJsonValue lockAt = object.value(u"lockAt");
    if (event.id.isEmpty())
        return failed(error, QStringLiteral("id"));
    if (event.workspaceId.isEmpty())
        return failed(error, QStringLiteral("workspaceId"));
    if (!object.value(u"workspaceName").isString())
        return failed(error, QStringLiteral("workspaceName"));
    if (!event.at.isValid())
        return failed(error, QStringLiteral("at"));
    if (!readActor(object.value(u"actor").toObject(), &event.actor, error))
        return std::nullopt;
    if (!kind)
        return failed(error, QStringLiteral("event"));
    if (!reason)
        return failed(error, QStringLiteral("reason"));
    event.event = *kind;
    event.reason = *reason;
    if (!readSettlement(object, QStringLiteral("from"), &event.from, error)
        || !readSettlement(object, QStringLiteral("to"), &event.to, error)
        || !readStatus(object, QStringLiteral("fromStatus"), &event.fromStatus, error)
        || !readStatus(object, QStringLiteral("toStatus"), &event.toStatus, error))
        return std::nullopt;
    if (!lockAt.isUndefined() && !lockAt.isNull()) {
        event.lockAt = rfc3339::parse(lockAt.toString());
        if (!event.lockAt.isValid())
            return failed(error, QStringLiteral("lockAt"));
    }
    return event;
}

} // namespace billing
