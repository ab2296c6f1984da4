#pragma once

#include "EventRecorder.h"
#include "MailMessage.h"
#include "Outcome.h"
#include "StoredInstance.h"
#include "StoredWorkspace.h"

#include <QJsonObject>

#include <functional>

namespace billing::server {

class AccountStore;
class Clock;
class InstanceStore;
class Mailer;
class Transactional;
class WorkspaceStore;

struct CreateInstanceRequest {
    QString aliUid;
    QString orderBizId;
    QString orderId;
    QString productCode;
    QString skuId;
    bool trial = false;
    QDateTime expiredOn;
    QString templateName;
    QJsonObject extra;
};

struct UpgradeInstanceRequest {
    QString instanceId;
    QString orderId; // the upgrade's order: what makes a repeated call the same upgrade
    QString skuId;
    QJsonObject billable; // the other parameters (the changed billable items), kept for audit
};

// Every marketplace's subscription lifecycle, shared by the signed callbacks and the sandbox
// consoles. Every action is idempotent: the marketplaces retry failed calls many times.
class MarketplaceService
{
public:
    MarketplaceService(InstanceStore &instances, WorkspaceStore &workspaces, AccountStore &accounts,
                       EventRecorder &events, Mailer &mailer, Transactional &transactions,
                       const Clock &clock);

    // The same orderBizId again returns the instance created the first time.
    StoredInstance createInstance(const CreateInstanceRequest &request);
    // Back to opened with a new expiry; lock-pending and locked workspaces become active.
    // An expiredOn not later than the stored one is a replay and changes nothing.
    Outcome<StoredInstance> renew(const QString &instanceId, const QString &orderId,
                                  const QDateTime &expiredOn);
    // Bound workspaces start the 14-day lock countdown (the first countdown is kept).
    Outcome<StoredInstance> expire(const QString &instanceId);
    // Bound workspaces switch to billing_center; each owning account gets one mail.
    Outcome<StoredInstance> release(const QString &instanceId, bool isRefund);
    // A new SKU; the expiry, status and bound workspaces stay. Once per orderId.
    Outcome<StoredInstance> upgrade(const UpgradeInstanceRequest &request);
    // The single sign-on check: the instance exists and was not released.
    Outcome<StoredInstance> signOn(const QString &instanceId);

    // Another marketplace's subscription, idempotent by its key (instance.orderBizId): the same
    // key again returns the subscription stored the first time, unchanged.
    StoredInstance createSubscription(StoredInstance subscription);
    // pending -> opened (AWS subscribe-success, Azure activate); any other state is kept.
    Outcome<StoredInstance> confirm(const QString &instanceId);
    // Changes recorded on the subscription only (plan, quantity, SKU, owner): no workspace moves.
    Outcome<StoredInstance> update(const QString &instanceId,
                                   const std::function<void(StoredInstance &)> &edit);
    QList<StoredInstance> ofAccount(const QString &accountId);

    std::optional<StoredInstance> find(const QString &instanceId);
    qint64 boundWorkspaces(const QString &instanceId, const QString &accountId = {});

    static constexpr qint64 kLockCountdownDays = 14;

private:
    QString newInstanceId();
    // Applies `change` to each workspace bound to the instance that `applies` to, and records
    // each in its history; returns the rows as they were before.
    QList<StoredWorkspace> changeBound(const QString &instanceId,
                                       const std::function<bool(const Workspace &)> &applies,
                                       const std::function<void(Workspace &)> &change,
                                       EventReason reason);
    void mailOwners(const QString &instanceId, const QList<StoredWorkspace> &switched,
                    QList<MailMessage> *mails);

    InstanceStore &m_instances;
    WorkspaceStore &m_workspaces;
    AccountStore &m_accounts;
    EventRecorder &m_events;
    Mailer &m_mailer;
    Transactional &m_transactions;
    const Clock &m_clock;
};

} // namespace billing::server
