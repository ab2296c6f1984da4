#include "HuaweiInstanceActions.h"

#include "Logging.h"
#include "MarketplaceService.h"
#include "SecureRandom.h"

#include <QJsonArray>

namespace billing::server {
namespace {
HuaweiReply notFound(const QString &instanceId)
{
    return HuaweiReply::failure(HuaweiResult::InstanceNotFound,
                                QStringLiteral("No instance %1.").arg(instanceId));
}

// A lifecycle step's refusal in KooGallery's terms.
HuaweiReply replyOf(const Outcome<StoredInstance> &outcome, const QString &instanceId)
{
    if (outcome.ok())
        return HuaweiReply::ok();
    switch (outcome.error().code) {
    case ErrorCode::NotFound:
        return notFound(instanceId);
    case ErrorCode::InstanceReleased:
        return HuaweiReply::failure(HuaweiResult::InstanceNotFound,
                                    QStringLiteral("Instance %1 was released.").arg(instanceId));
    default:
        return HuaweiReply::failure(HuaweiResult::Internal, outcome.error().message);
    }
}

bool isLater(const QDateTime &candidate, const QDateTime &stored)
{
    return !stored.isValid() || candidate > stored;
}
} // namespace

HuaweiInstanceActions::HuaweiInstanceActions(MarketplaceService &marketplace,
                                             std::function<QString()> publicUrl)
    : m_marketplace(marketplace)
    , m_publicUrl(std::move(publicUrl))
{}

QString HuaweiInstanceActions::orderKey(const QString &orderId, const QString &orderLineId)
{
    return QStringLiteral("huawei:%1:%2").arg(orderId, orderLineId);
}

HuaweiReply HuaweiInstanceActions::apply(const HuaweiCallback &callback)
{
    switch (callback.activity) {
    case HuaweiActivity::NewInstance:
        return newInstance(callback);
    case HuaweiActivity::RefreshInstance:
        return refresh(callback);
    case HuaweiActivity::UpdateInstanceStatus:
        return updateStatus(callback);
    case HuaweiActivity::ReleaseInstance:
        return release(callback);
    case HuaweiActivity::QueryInstance:
        return query(callback);
    }
    return HuaweiReply::failure(HuaweiResult::BadParameters, QStringLiteral("Unknown activity."));
}

std::optional<StoredInstance> HuaweiInstanceActions::find(const QString &instanceId)
{
    auto instance = m_marketplace.find(instanceId);
    if (!instance || instance->instance.marketplace != SettlementMethod::Huawei)
        return std::nullopt;
    return instance;
}

QString HuaweiInstanceActions::newInstanceId()
{
    for (;;) {
        const QString id =
            QStringLiteral("hw") + QString::fromLatin1(SecureRandom::bytes(10).toHex());
        if (!m_marketplace.find(id))
            return id;
    }
}

HuaweiReply HuaweiInstanceActions::newInstance(const HuaweiCallback &callback)
{
    StoredInstance stored;
    MarketplaceSubscription &subscription = stored.instance;
    subscription.marketplace = SettlementMethod::Huawei;
    subscription.instanceId = newInstanceId();
    subscription.customer = {{QStringLiteral("huaweiAccountId"), callback.huaweiAccountId}};
    subscription.productCode = callback.productId;
    subscription.skuId = callback.skuCode;
    subscription.orderBizId = orderKey(callback.orderId, callback.orderLineId);
    subscription.status = InstanceStatus::Opened;
    subscription.trial = callback.trial;
    subscription.expiredOn = callback.expireTime;
    stored.orderId = callback.orderId;
    stored.extra = callback.extra;
    // The same order line again answers the instance made the first time.
    const StoredInstance created = m_marketplace.createSubscription(stored);
    return HuaweiReply::ok({{QStringLiteral("instanceId"), created.instance.instanceId}});
}

// Renewal semantics: only an expireTime later than the stored one renews, so a repeated or
// late refresh changes nothing; UNSUBSCRIBE_RENEWAL_PERIOD only ever shortens the term.
HuaweiReply HuaweiInstanceActions::refresh(const HuaweiCallback &callback)
{
    const auto instance = find(callback.instanceId);
    if (!instance)
        return notFound(callback.instanceId);
    if (instance->instance.status == InstanceStatus::Released)
        return replyOf(ApiError::make(ErrorCode::InstanceReleased, {}), callback.instanceId);
    const QDateTime stored = instance->instance.expiredOn;
    if (callback.scene == HuaweiRefreshScene::UnsubscribeRenewalPeriod) {
        if (stored.isValid() && callback.expireTime >= stored)
            return HuaweiReply::ok();
        qCInfo(lcMarketplace) << "huawei instance" << callback.instanceId
                              << "renewal period unsubscribed: expires"
                              << callback.expireTime.toString(Qt::ISODate);
        return replyOf(m_marketplace.update(callback.instanceId,
                                            [&callback](StoredInstance &edited) {
                                                edited.instance.expiredOn = callback.expireTime;
                                                edited.orderId = callback.orderId;
                                            }),
                       callback.instanceId);
    }
    if (callback.scene == HuaweiRefreshScene::TrialToFormal && instance->instance.trial) {
        const auto outcome = m_marketplace.update(
            callback.instanceId, [](StoredInstance &edited) { edited.instance.trial = false; });
        if (!outcome.ok())
            return replyOf(outcome, callback.instanceId);
    }
    if (!isLater(callback.expireTime, stored))
        return HuaweiReply::ok();
    return replyOf(m_marketplace.renew(callback.instanceId, callback.orderId, callback.expireTime),
                   callback.instanceId);
}

HuaweiReply HuaweiInstanceActions::updateStatus(const HuaweiCallback &callback)
{
    if (!find(callback.instanceId))
        return notFound(callback.instanceId);
    if (callback.freeze)
        return replyOf(m_marketplace.expire(callback.instanceId), callback.instanceId);
    return replyOf(m_marketplace.renew(callback.instanceId, QString(), QDateTime()),
                   callback.instanceId);
}

HuaweiReply HuaweiInstanceActions::release(const HuaweiCallback &callback)
{
    if (!find(callback.instanceId))
        return notFound(callback.instanceId);
    // KooGallery names the refund order when the release refunds the customer.
    return replyOf(m_marketplace.release(callback.instanceId, !callback.orderId.isEmpty()),
                   callback.instanceId);
}

HuaweiReply HuaweiInstanceActions::query(const HuaweiCallback &callback)
{
    const QString url = m_publicUrl ? m_publicUrl() : QString();
    QJsonArray info;
    for (const QString &instanceId : callback.instanceIds) {
        const auto instance = find(instanceId);
        if (!instance || instance->instance.status == InstanceStatus::Released)
            continue;
        info.append(QJsonObject{
            {QStringLiteral("instanceId"), instanceId},
            {QStringLiteral("appInfo"),
             QJsonObject{{QStringLiteral("frontEndUrl"), url},
                         {QStringLiteral("adminUrl"), url},
                         {QStringLiteral("memo"),
                          QStringLiteral("Bind a workspace in Billing Desk with your Huawei Cloud "
                                         "account ID and instance ID %1.")
                              .arg(instanceId)}}}});
    }
    if (info.isEmpty())
        return notFound(callback.instanceIds.join(u','));
    return HuaweiReply::ok({{QStringLiteral("info"), info}});
}

} // namespace billing::server
