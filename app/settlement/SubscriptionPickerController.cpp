#include "SubscriptionPickerController.h"

#include "BillingClient.h"
#include "MarketplaceBindingController.h"
#include "SubscriptionListJob.h"

#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSettlement)

namespace billing {

SubscriptionPickerController::SubscriptionPickerController(BillingClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

SubscriptionPickerController::~SubscriptionPickerController()
{
    if (m_job)
        m_job->disconnect(this);
}

bool SubscriptionPickerController::handles(SettlementMethod method)
{
    return method == SettlementMethod::Aws || method == SettlementMethod::Azure;
}

void SubscriptionPickerController::setMarketplace(SettlementMethod marketplace)
{
    if (!handles(marketplace))
        return;
    if (marketplace == m_marketplace && m_load != Load::Idle)
        return;
    m_marketplace = marketplace;
    m_subscriptions.clear();
    m_wanted.clear();
    reload();
}

void SubscriptionPickerController::reload()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job->deleteLater();
    }
    auto *job = new SubscriptionListJob(m_client, m_marketplace, this);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] { finishLoad(job); });
    m_load = Load::Loading;
    m_loadMessage.clear();
    Q_EMIT listChanged();
    job->start();
}

void SubscriptionPickerController::finishLoad(ApiJob *job)
{
    job->deleteLater();
    m_job = nullptr;
    const QString before = selectedId();
    if (job->ok()) {
        m_subscriptions = static_cast<SubscriptionListJob *>(job)->subscriptions();
        m_load = Load::Loaded;
        qCDebug(lcSettlement) << m_subscriptions.size() << toWire(m_marketplace)
                              << "subscriptions listed";
    } else {
        m_subscriptions.clear();
        m_load = Load::Failed;
        m_loadMessage = job->error().userMessage();
    }
    // The first opened one is the natural choice when nothing was asked for.
    if (m_wanted.isEmpty()) {
        const auto first =
            std::find_if(m_subscriptions.cbegin(), m_subscriptions.cend(), isSelectable);
        if (first != m_subscriptions.cend())
            m_wanted = first->instanceId;
    }
    Q_EMIT listChanged();
    if (before != selectedId())
        Q_EMIT selectionChanged();
}

bool SubscriptionPickerController::isSelectable(const MarketplaceSubscription &subscription)
{
    return subscription.status == InstanceStatus::Opened;
}

bool SubscriptionPickerController::hasSelectable() const
{
    return std::any_of(m_subscriptions.cbegin(), m_subscriptions.cend(), isSelectable);
}

QString SubscriptionPickerController::selectedId() const
{
    for (const MarketplaceSubscription &subscription : m_subscriptions) {
        if (subscription.instanceId == m_wanted)
            return isSelectable(subscription) ? m_wanted : QString();
    }
    return {};
}

void SubscriptionPickerController::select(const QString &subscriptionId)
{
    if (m_wanted == subscriptionId)
        return;
    const QString before = selectedId();
    m_wanted = subscriptionId;
    if (before != selectedId() || m_subscriptions.isEmpty())
        Q_EMIT selectionChanged();
}

QString SubscriptionPickerController::reason() const
{
    if (isValid())
        return {};
    switch (m_load) {
    case Load::Idle:
    case Load::Loading:
        return tr("Loading the claimed subscriptions…");
    case Load::Failed:
        return m_loadMessage;
    case Load::Loaded:
        break;
    }
    if (!hasSelectable())
        return m_marketplace == SettlementMethod::Aws
                   ? tr("No opened AWS subscription is bound to this account yet.")
                   : tr("No opened Azure subscription is bound to this account yet.");
    return tr("Choose an opened subscription.");
}

QString SubscriptionPickerController::describe(const MarketplaceSubscription &subscription)
{
    QStringList parts{subscription.instanceId};
    const QString plan =
        subscription.planId.isEmpty() ? subscription.productCode : subscription.planId;
    if (!plan.isEmpty())
        parts.append(tr("plan %1").arg(plan));
    const QJsonObject &customer = subscription.customer;
    if (subscription.marketplace == SettlementMethod::Aws) {
        const QString account = customer.value(u"awsAccountId").toString();
        if (!account.isEmpty())
            parts.append(tr("AWS account %1").arg(account));
    } else {
        const QString name = customer.value(u"subscriptionName").toString();
        if (!name.isEmpty())
            parts.append(name);
    }
    parts.append(MarketplaceBindingController::statusName(subscription.status));
    return parts.join(QStringLiteral(" · "));
}

} // namespace billing
