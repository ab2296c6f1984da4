#include "MarketplaceService.h"

#include "AccountStore.h"
#include "Clock.h"
#include "InstanceStore.h"
#include "Logging.h"
#include "Mailer.h"
#include "SecureRandom.h"
#include "Transactional.h"
#include "WorkspaceStore.h"

#include <Rfc3339.h>

#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace billing::server {
namespace {
ApiError unknownInstance(const QString &instanceId)
{
    return ApiError::make(ErrorCode::NotFound, QStringLiteral("No instance %1.").arg(instanceId));
}

// How the mails name each marketplace and its subscriptions.
QString marketplaceName(SettlementMethod marketplace)
{
    switch (marketplace) {
    case SettlementMethod::Aliyun:
        return QStringLiteral("Alibaba Cloud Marketplace");
    case SettlementMethod::Aws:
        return QStringLiteral("AWS Marketplace");
    case SettlementMethod::Huawei:
        return QStringLiteral("Huawei Cloud KooGallery");
    case SettlementMethod::Azure:
        return QStringLiteral("Azure Marketplace");
    case SettlementMethod::BillingCenter:
        break;
    }
    return {};
}

QString cloudName(SettlementMethod marketplace)
{
    switch (marketplace) {
    case SettlementMethod::Aliyun:
        return QStringLiteral("Alibaba Cloud");
    case SettlementMethod::Aws:
        return QStringLiteral("AWS");
    case SettlementMethod::Huawei:
        return QStringLiteral("Huawei Cloud");
    case SettlementMethod::Azure:
        return QStringLiteral("Azure");
    case SettlementMethod::BillingCenter:
        break;
    }
    return {};
}

ApiError releasedInstance(const QString &instanceId, const QString &refused)
{
    return ApiError::make(
        ErrorCode::InstanceReleased,
        QStringLiteral("Instance %1 was released and cannot be %2.").arg(instanceId, refused));
}

// Where an instance's extra keeps one entry per upgrade: {orderId, fromSkuId, skuId, at, billable}.
const QString kUpgrades = QStringLiteral("upgrades");

bool hasUpgrade(const StoredInstance &stored, const QString &orderId)
{
    const QJsonArray upgrades = stored.extra.value(kUpgrades).toArray();
    return std::any_of(upgrades.begin(), upgrades.end(), [&orderId](const QJsonValue &upgrade) {
        return upgrade.toObject().value(QLatin1String("orderId")).toString() == orderId;
    });
}

} // namespace

MarketplaceService::MarketplaceService(InstanceStore &instances, WorkspaceStore &workspaces,
                                       AccountStore &accounts, EventRecorder &events,
                                       Mailer &mailer, Transactional &transactions,
                                       const Clock &clock)
    : m_instances(instances)
    , m_workspaces(workspaces)
    , m_accounts(accounts)
    , m_events(events)
    , m_mailer(mailer)
    , m_transactions(transactions)
    , m_clock(clock)
{}

std::optional<StoredInstance> MarketplaceService::find(const QString &instanceId)
{
    return m_instances.findById(instanceId);
}

qint64 MarketplaceService::boundWorkspaces(const QString &instanceId, const QString &accountId)
{
    return m_workspaces.countBoundTo(instanceId, accountId);
}

QString MarketplaceService::newInstanceId()
{
    // 11 digits: positive, no leading zero, clear of the short ids seen in documentation.
    for (;;) {
        const quint64 high = SecureRandom::uniform(90000) + 10000; // 5 digits
        const quint64 low = SecureRandom::uniform(1000000);        // 6 digits
        const QString id = QString::number(high * 1000000 + low);
        if (!m_instances.exists(id))
            return id;
    }
}

StoredInstance MarketplaceService::createInstance(const CreateInstanceRequest &request)
{
    TransactionGuard transaction(m_transactions);
    if (auto existing = m_instances.findByOrderBizId(request.orderBizId)) {
        transaction.commit();
        qCInfo(lcMarketplace) << "createInstance repeated for order" << request.orderBizId
                              << "-> instance" << existing->instance.instanceId;
        return *existing;
    }
    const QDateTime now = m_clock.now();
    StoredInstance stored;
    MarketplaceSubscription &instance = stored.instance;
    instance.instanceId = newInstanceId();
    instance.aliUid = request.aliUid;
    instance.productCode = request.productCode;
    instance.skuId = request.skuId;
    instance.orderBizId = request.orderBizId;
    instance.status = InstanceStatus::Opened;
    instance.trial = request.trial;
    instance.expiredOn = request.expiredOn;
    stored.orderId = request.orderId;
    stored.templateName = request.templateName;
    stored.extra = request.extra;
    stored.createdAt = now;
    stored.updatedAt = now;
    m_instances.insert(stored);
    transaction.commit();
    qCInfo(lcMarketplace) << "instance" << instance.instanceId << "created for order"
                          << request.orderBizId;
    return stored;
}

Outcome<StoredInstance> MarketplaceService::renew(const QString &instanceId, const QString &orderId,
                                                  const QDateTime &expiredOn)
{
    TransactionGuard transaction(m_transactions);
    auto instance = m_instances.findById(instanceId);
    if (!instance)
        return unknownInstance(instanceId);
    // The marketplace replays calls: a renewal that does not extend the expiry we hold cannot
    // be newer than what we know, and must not revive an expired or released instance.
    const QDateTime stored = instance->instance.expiredOn;
    if (expiredOn.isValid() && stored.isValid() && expiredOn <= stored) {
        transaction.commit();
        qCInfo(lcMarketplace) << "renewal of instance" << instanceId
                              << "does not extend its expiry; nothing changes";
        return *instance;
    }
    if (instance->instance.status == InstanceStatus::Released)
        return releasedInstance(instanceId, QStringLiteral("renewed"));
    const QDateTime now = m_clock.now();
    instance->instance.status = InstanceStatus::Opened;
    if (expiredOn.isValid())
        instance->instance.expiredOn = expiredOn;
    if (!orderId.isEmpty())
        instance->orderId = orderId;
    instance->updatedAt = now;
    m_instances.update(*instance);
    const qsizetype restored =
        changeBound(
            // Only the expiry's countdown ends: a workspace locked for arrears stays so.
            instanceId,
            [](const Workspace &ws) {
                return ws.status != WorkspaceStatus::Active && ws.lockReason != LockReason::Arrears;
            },
            [](Workspace &ws) {
                ws.status = WorkspaceStatus::Active;
                ws.lockAt = {};
                ws.lockReason = LockReason::None;
            },
            EventReason::SubscriptionRenewed)
            .size();
    transaction.commit();
    qCInfo(lcMarketplace) << "instance" << instanceId << "renewed;" << restored
                          << "workspaces active again";
    return *instance;
}

Outcome<StoredInstance> MarketplaceService::expire(const QString &instanceId)
{
    TransactionGuard transaction(m_transactions);
    auto instance = m_instances.findById(instanceId);
    if (!instance)
        return unknownInstance(instanceId);
    if (instance->instance.status != InstanceStatus::Opened) {
        transaction.commit(); // expired again keeps the first countdown; released: nothing to do
        return *instance;
    }
    const QDateTime now = m_clock.now();
    instance->instance.status = InstanceStatus::Expired;
    instance->updatedAt = now;
    m_instances.update(*instance);
    const QDateTime lockAt = now.addDays(kLockCountdownDays);
    const qsizetype pending =
        changeBound(
            instanceId, [](const Workspace &ws) { return ws.status == WorkspaceStatus::Active; },
            [&lockAt](Workspace &ws) {
                ws.status = WorkspaceStatus::LockPending;
                ws.lockAt = lockAt;
                ws.lockReason = LockReason::SubscriptionExpired;
            },
            EventReason::SubscriptionExpired)
            .size();
    transaction.commit();
    qCInfo(lcMarketplace) << "instance" << instanceId << "expired;" << pending
                          << "workspaces start their lock countdown";
    return *instance;
}

Outcome<StoredInstance> MarketplaceService::release(const QString &instanceId, bool isRefund)
{
    TransactionGuard transaction(m_transactions);
    auto instance = m_instances.findById(instanceId);
    if (!instance)
        return unknownInstance(instanceId);
    if (instance->instance.status == InstanceStatus::Released) {
        transaction.commit();
        return *instance;
    }
    const QDateTime now = m_clock.now();
    instance->instance.status = InstanceStatus::Released;
    instance->updatedAt = now;
    m_instances.update(*instance);

    // A marketplace's switch: lastUserChangeAt stays as it was (not the monthly change).
    const QList<StoredWorkspace> switched = changeBound(
        instanceId, [](const Workspace &) { return true; },
        [&now](Workspace &ws) {
            ws.settlement = Settlement{};
            ws.settlement.since = now;
            ws.status = WorkspaceStatus::Active;
            ws.lockAt = {};
            ws.lockReason = LockReason::None;
        },
        EventReason::SubscriptionReleased);
    QList<MailMessage> mails;
    mailOwners(instanceId, switched, &mails);
    transaction.commit();
    for (const MailMessage &mail : std::as_const(mails))
        m_mailer.deliver(mail);
    qCInfo(lcMarketplace) << "instance" << instanceId << "released"
                          << (isRefund ? "with refund" : "") << ";" << switched.size()
                          << "workspaces moved to billing_center";
    return *instance;
}

StoredInstance MarketplaceService::createSubscription(StoredInstance subscription)
{
    TransactionGuard transaction(m_transactions);
    if (auto existing = m_instances.findByOrderBizId(subscription.instance.orderBizId)) {
        transaction.commit();
        qCInfo(lcMarketplace) << billing::toWire(subscription.instance.marketplace)
                              << "subscription repeated -> " << existing->instance.instanceId;
        return *existing;
    }
    const QDateTime now = m_clock.now();
    subscription.createdAt = now;
    subscription.updatedAt = now;
    m_instances.insert(subscription);
    transaction.commit();
    qCInfo(lcMarketplace) << billing::toWire(subscription.instance.marketplace) << "subscription"
                          << subscription.instance.instanceId << "created"
                          << toWire(subscription.instance.status);
    return subscription;
}

Outcome<StoredInstance> MarketplaceService::confirm(const QString &instanceId)
{
    TransactionGuard transaction(m_transactions);
    auto instance = m_instances.findById(instanceId);
    if (!instance)
        return unknownInstance(instanceId);
    if (instance->instance.status == InstanceStatus::Pending) {
        instance->instance.status = InstanceStatus::Opened;
        instance->updatedAt = m_clock.now();
        m_instances.update(*instance);
        qCInfo(lcMarketplace) << "subscription" << instanceId << "confirmed";
    }
    transaction.commit();
    return *instance;
}

Outcome<StoredInstance>
MarketplaceService::update(const QString &instanceId,
                           const std::function<void(StoredInstance &)> &edit)
{
    TransactionGuard transaction(m_transactions);
    auto instance = m_instances.findById(instanceId);
    if (!instance)
        return unknownInstance(instanceId);
    edit(*instance);
    instance->updatedAt = m_clock.now();
    m_instances.update(*instance);
    transaction.commit();
    return *instance;
}

QList<StoredInstance> MarketplaceService::ofAccount(const QString &accountId)
{
    return m_instances.ofAccount(accountId);
}

Outcome<StoredInstance> MarketplaceService::upgrade(const UpgradeInstanceRequest &request)
{
    TransactionGuard transaction(m_transactions);
    auto instance = m_instances.findById(request.instanceId);
    if (!instance)
        return unknownInstance(request.instanceId);
    if (instance->instance.status == InstanceStatus::Released)
        return releasedInstance(request.instanceId, QStringLiteral("upgraded"));
    if (hasUpgrade(*instance, request.orderId)) {
        transaction.commit();
        qCInfo(lcMarketplace) << "upgrade of instance" << request.instanceId << "for order"
                              << request.orderId << "repeated; nothing changes";
        return *instance;
    }
    const QDateTime now = m_clock.now();
    QJsonArray upgrades = instance->extra.value(kUpgrades).toArray();
    upgrades.append(QJsonObject{{QStringLiteral("orderId"), request.orderId},
                                {QStringLiteral("fromSkuId"), instance->instance.skuId},
                                {QStringLiteral("skuId"), request.skuId},
                                {QStringLiteral("at"), rfc3339::format(now)},
                                {QStringLiteral("billable"), request.billable}});
    instance->extra.insert(kUpgrades, upgrades);
    instance->instance.skuId = request.skuId;
    instance->orderId = request.orderId;
    instance->updatedAt = now;
    m_instances.update(*instance);
    transaction.commit();
    qCInfo(lcMarketplace) << "instance" << request.instanceId << "upgraded to SKU" << request.skuId;
    return *instance;
}

Outcome<StoredInstance> MarketplaceService::signOn(const QString &instanceId)
{
    const auto instance = m_instances.findById(instanceId);
    if (!instance)
        return unknownInstance(instanceId);
    if (instance->instance.status == InstanceStatus::Released)
        return releasedInstance(instanceId, QStringLiteral("used to sign on"));
    return *instance;
}

QList<StoredWorkspace>
MarketplaceService::changeBound(const QString &instanceId,
                                const std::function<bool(const Workspace &)> &applies,
                                const std::function<void(Workspace &)> &change, EventReason reason)
{
    const QDateTime now = m_clock.now();
    // The actor is the subscription's marketplace, whether its signed callbacks or the
    // sandbox playing it.
    const auto instance = m_instances.findById(instanceId);
    const EventOrigin origin = EventOrigin::ofMarketplace(
        billing::toWire(instance ? instance->instance.marketplace : SettlementMethod::Aliyun));
    QList<StoredWorkspace> changed;
    for (const StoredWorkspace &before : m_workspaces.boundTo(instanceId)) {
        if (!applies(before.workspace))
            continue;
        StoredWorkspace after = before;
        change(after.workspace);
        after.workspace.version += 1;
        after.workspace.updatedAt = now;
        m_events.changed(before, after, origin, reason);
        m_workspaces.update(after, before);
        changed.append(before);
    }
    return changed;
}

void MarketplaceService::mailOwners(const QString &instanceId,
                                    const QList<StoredWorkspace> &switched,
                                    QList<MailMessage> *mails)
{
    const auto instance = m_instances.findById(instanceId);
    const SettlementMethod marketplace =
        instance ? instance->instance.marketplace : SettlementMethod::Aliyun;
    QMap<QString, QList<const StoredWorkspace *>> byAccount;
    for (const StoredWorkspace &stored : switched)
        byAccount[stored.accountId].append(&stored);
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        const auto account = m_accounts.findById(it.key());
        if (!account)
            continue;
        QString body = QStringLiteral("Hello %1,\n\n"
                                      "The %2 subscription (%3 %4) has been cancelled. These "
                                      "workspaces are now settled through your Billing Center "
                                      "account:\n\n")
                           .arg(account->username, marketplaceName(marketplace),
                                instance && instance->instance.isSubscriptionClaimable()
                                    ? QStringLiteral("subscription")
                                    : QStringLiteral("instance"),
                                instanceId);
        for (const StoredWorkspace *stored : it.value())
            body += QStringLiteral("- %1 (%2, site %3)\n")
                        .arg(stored->workspace.name, stored->workspace.id, stored->workspace.site);
        body += QStringLiteral("\nThis switch does not count as your monthly settlement change.\n");
        const QString subject =
            QStringLiteral("%1 subscription ended: %n workspace(s) moved to Billing Center")
                .arg(cloudName(marketplace))
                .replace(QStringLiteral("%n"), QString::number(it.value().size()));
        mails->append(m_mailer.store(account->email, subject, body, account->id));
    }
}

} // namespace billing::server
