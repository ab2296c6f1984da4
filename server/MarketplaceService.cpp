#include "MarketplaceService.h"

#include "AccountStore.h"
#include "Clock.h"
#include "InstanceStore.h"
#include "Logging.h"
#include "Mailer.h"
#include "SecureRandom.h"
#include "Transactional.h"
#include "WorkspaceStore.h"

#include <QMap>

namespace billing::server {
namespace {
ApiError unknownInstance(const QString &instanceId)
{
    return ApiError::make(ErrorCode::NotFound, QStringLiteral("No instance %1.").arg(instanceId));
}

// The actor of everything this service does: Alibaba Cloud Marketplace, whether its signed
// callbacks or the sandbox playing it.
const EventOrigin kAliyun = EventOrigin::ofMarketplace(QStringLiteral("aliyun"));
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
    AliyunInstance &instance = stored.instance;
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
    if (instance->instance.status == InstanceStatus::Released) {
        return ApiError::make(
            ErrorCode::InstanceReleased,
            QStringLiteral("Instance %1 was released and cannot be renewed.").arg(instanceId));
    }
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
            instanceId, [](const Workspace &ws) { return ws.status != WorkspaceStatus::Active; },
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
            ws.settlement = Settlement{SettlementMethod::BillingCenter, {}, {}, now};
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

QList<StoredWorkspace>
MarketplaceService::changeBound(const QString &instanceId,
                                const std::function<bool(const Workspace &)> &applies,
                                const std::function<void(Workspace &)> &change, EventReason reason)
{
    const QDateTime now = m_clock.now();
    QList<StoredWorkspace> changed;
    for (const StoredWorkspace &before : m_workspaces.boundTo(instanceId)) {
        if (!applies(before.workspace))
            continue;
        StoredWorkspace after = before;
        change(after.workspace);
        after.workspace.version += 1;
        after.workspace.updatedAt = now;
        m_events.changed(before, after, kAliyun, reason);
        m_workspaces.update(after, before);
        changed.append(before);
    }
    return changed;
}

void MarketplaceService::mailOwners(const QString &instanceId,
                                    const QList<StoredWorkspace> &switched,
                                    QList<MailMessage> *mails)
{
    QMap<QString, QList<const StoredWorkspace *>> byAccount;
    for (const StoredWorkspace &stored : switched)
        byAccount[stored.accountId].append(&stored);
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        const auto account = m_accounts.findById(it.key());
        if (!account)
            continue;
        QString body = QStringLiteral("Hello %1,\n\n"
                                      "The Alibaba Cloud Marketplace subscription (instance %2) "
                                      "has been cancelled. These workspaces are now settled "
                                      "through your Billing Center account:\n\n")
                           .arg(account->username, instanceId);
        for (const StoredWorkspace *stored : it.value())
            body += QStringLiteral("- %1 (%2, site %3)\n")
                        .arg(stored->workspace.name, stored->workspace.id, stored->workspace.site);
        body += QStringLiteral("\nThis switch does not count as your monthly settlement change.\n");
        const QString subject =
            QStringLiteral("Alibaba Cloud subscription ended: %n workspace(s) "
                           "moved to Billing Center")
                .replace(QStringLiteral("%n"), QString::number(it.value().size()));
        mails->append(m_mailer.store(account->email, subject, body, account->id));
    }
}

} // namespace billing::server
