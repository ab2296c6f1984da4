#include "EventDescriptions.h"

#include "WorkspaceTableModel.h"

namespace billing {

QString EventDescriptions::when(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString EventDescriptions::actor(const EventActor &actor)
{
    switch (actor.kind) {
    case ActorKind::User:
        return actor.username.isEmpty() ? tr("a user") : actor.username;
    case ActorKind::Marketplace:
        return marketplace(actor.marketplace);
    case ActorKind::System:
        return tr("system");
    }
    return {};
}

QString EventDescriptions::marketplace(const QString &code)
{
    const auto method = settlementMethodFromWire(code);
    if (!method)
        return code;
    switch (*method) {
    case SettlementMethod::Aliyun:
        return tr("Alibaba Cloud Marketplace");
    case SettlementMethod::Aws:
        return tr("AWS Marketplace");
    case SettlementMethod::Huawei:
        return tr("Huawei Cloud KooGallery");
    case SettlementMethod::Azure:
        return tr("Azure Marketplace");
    case SettlementMethod::BillingCenter:
        break;
    }
    return code;
}

QString EventDescriptions::kind(EventKind kind)
{
    switch (kind) {
    case EventKind::Created:
        return tr("created");
    case EventKind::SettlementChanged:
        return tr("settlement changed");
    case EventKind::LockPending:
        return tr("lock pending");
    case EventKind::Locked:
        return tr("locked");
    case EventKind::Unlocked:
        return tr("unlocked");
    }
    return {};
}

QString EventDescriptions::reason(EventReason reason)
{
    switch (reason) {
    case EventReason::UserChange:
        return tr("user change");
    case EventReason::SubscriptionReleased:
        return tr("subscription released");
    case EventReason::SubscriptionExpired:
        return tr("subscription expired");
    case EventReason::SubscriptionRenewed:
        return tr("subscription renewed");
    case EventReason::Arrears:
        return tr("account in arrears");
    case EventReason::Recharged:
        return tr("account recharged");
    case EventReason::LockDue:
        return tr("lock date reached");
    case EventReason::Claimed:
        return tr("marketplace subscription claimed");
    case EventReason::HistoryStarted:
        return tr("existed before the history began");
    }
    return {};
}

QString EventDescriptions::settlement(const Settlement &settlement)
{
    switch (settlement.method) {
    case SettlementMethod::Aliyun:
        if (settlement.instanceId.isEmpty())
            break;
        return tr("%1, instance %2").arg(displayName(settlement.method), settlement.instanceId);
    case SettlementMethod::Huawei:
        if (settlement.huaweiAccountId.isEmpty() || settlement.instanceId.isEmpty())
            break;
        return tr("Huawei Cloud account %1, instance %2")
            .arg(settlement.huaweiAccountId, settlement.instanceId);
    case SettlementMethod::Aws:
        if (settlement.subscriptionId.isEmpty())
            break;
        return tr("AWS subscription %1").arg(settlement.subscriptionId);
    case SettlementMethod::Azure:
        if (settlement.subscriptionId.isEmpty())
            break;
        return tr("Azure subscription %1").arg(settlement.subscriptionId);
    case SettlementMethod::BillingCenter:
        break;
    }
    return displayName(settlement.method);
}

QString EventDescriptions::status(WorkspaceStatus status)
{
    // Without a lock date the table's words carry no countdown.
    return WorkspaceTableModel::statusText(status, {}, {});
}

QString EventDescriptions::statusChange(const SettlementEvent &event)
{
    WorkspaceStatus from = WorkspaceStatus::Active;
    WorkspaceStatus to = WorkspaceStatus::Active;
    switch (event.event) {
    case EventKind::LockPending:
        to = WorkspaceStatus::LockPending;
        break;
    case EventKind::Locked:
        from = WorkspaceStatus::LockPending;
        to = WorkspaceStatus::Locked;
        break;
    case EventKind::Unlocked:
        from = WorkspaceStatus::LockPending;
        break;
    case EventKind::Created:
    case EventKind::SettlementChanged:
        return {};
    }
    from = event.fromStatus.value_or(from);
    to = event.toStatus.value_or(to);
    QString toText = status(to);
    if (to == WorkspaceStatus::LockPending && event.lockAt.isValid())
        toText = tr("%1 (locks on %2)").arg(toText, when(event.lockAt));
    return tr("%1 → %2").arg(status(from), toText);
}

QString EventDescriptions::change(const SettlementEvent &event)
{
    switch (event.event) {
    case EventKind::Created:
        return event.to ? settlement(*event.to) : QString();
    case EventKind::SettlementChanged:
        if (event.from && event.to)
            return tr("%1 → %2").arg(settlement(*event.from), settlement(*event.to));
        return event.to ? settlement(*event.to) : QString();
    case EventKind::LockPending:
    case EventKind::Locked:
    case EventKind::Unlocked:
        return statusChange(event);
    }
    return {};
}

QString EventDescriptions::summary(const SettlementEvent &event)
{
    const QString changed = change(event);
    QString what = kind(event.event);
    if (event.event == EventKind::Created && !changed.isEmpty())
        what = tr("created: %1").arg(changed);
    else if (!changed.isEmpty())
        what = changed;
    return tr("%1 · %2").arg(when(event.at), actor(event.actor)) + u'\n' + what + u'\n'
           + reason(event.reason);
}

} // namespace billing
