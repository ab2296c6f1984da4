#include "SettlementRules.h"

#include <SettlementBinding.h>

namespace billing::server {
namespace {
bool isLiveSubscription(const Settlement &current,
                        const std::optional<MarketplaceSubscription> &instance)
{
    return isCloudMethod(current.method) && instance && instance->isLive();
}

ApiError instanceError(ErrorCode code, const QString &message, const QString &field,
                       const QString &fieldMessage)
{
    return ApiError::make(code, message, {{field, fieldMessage}});
}
} // namespace

QDateTime SettlementRules::startOfNextMonth(const QDateTime &time)
{
    const QDate date = time.toUTC().date();
    return QDateTime(QDate(date.year(), date.month(), 1).addMonths(1), QTime(0, 0), Qt::UTC);
}

QDateTime SettlementRules::nextChangeAllowedAt(const QDateTime &lastUserChangeAt,
                                               const QDateTime &now)
{
    if (!lastUserChangeAt.isValid())
        return {};
    const QDateTime next = startOfNextMonth(lastUserChangeAt);
    return now < next ? next : QDateTime();
}

std::optional<ApiError> SettlementRules::siteRule(const QList<SettlementMethod> &siteMethods,
                                                  const QList<SettlementMethod> &grantedMethods,
                                                  SettlementMethod method)
{
    if (siteMethods.contains(method) || grantedMethods.contains(method))
        return std::nullopt;
    return ApiError::make(
        ErrorCode::MethodNotAllowedForSite,
        QStringLiteral("The method %1 is not offered on this workspace's site.")
            .arg(billing::toWire(method)),
        {{QStringLiteral("method"), QStringLiteral("Not offered on this site.")}});
}

std::optional<ApiError>
SettlementRules::instanceChecks(const SettlementChange &request,
                                const std::optional<MarketplaceSubscription> &instance,
                                bool claimedByRequester)
{
    if (!isCloudMethod(request.method))
        return std::nullopt;
    const Settlement wanted = request.settlement();
    const QString idField = wanted.isSubscriptionClaimed() ? QStringLiteral("subscriptionId")
                                                           : QStringLiteral("instanceId");
    if (!instance || instance->marketplace != request.method) {
        return instanceError(ErrorCode::InstanceNotFound,
                             QStringLiteral("No %1 marketplace subscription %2.")
                                 .arg(billing::toWire(request.method), wanted.subscription()),
                             idField, QStringLiteral("No such subscription."));
    }
    if (instance->status != InstanceStatus::Opened) {
        return instanceError(ErrorCode::InstanceNotActive,
                             QStringLiteral("The marketplace subscription %1 is %2.")
                                 .arg(wanted.subscription(), toWire(instance->status)),
                             idField, QStringLiteral("Not active."));
    }
    if (wanted.isSubscriptionClaimed()) {
        if (claimedByRequester)
            return std::nullopt;
        return instanceError(ErrorCode::InstanceOwnerMismatch,
                             QStringLiteral("The marketplace subscription %1 has not been claimed "
                                            "by this account.")
                                 .arg(wanted.subscription()),
                             idField, QStringLiteral("Not claimed by this account."));
    }
    if (instance->customerAccount() != wanted.marketplaceAccount()) {
        const QString accountField = request.method == SettlementMethod::Huawei
                                         ? QStringLiteral("huaweiAccountId")
                                         : QStringLiteral("aliyunAccountId");
        const QString cloud = request.method == SettlementMethod::Huawei
                                  ? QStringLiteral("Huawei Cloud")
                                  : QStringLiteral("Alibaba Cloud");
        return instanceError(
            ErrorCode::InstanceOwnerMismatch,
            QStringLiteral("The marketplace instance belongs to another %1 account.").arg(cloud),
            accountField, QStringLiteral("The instance belongs to another %1 account.").arg(cloud));
    }
    return std::nullopt;
}

Verdict SettlementRules::decideChange(const ChangeContext &context,
                                      const SettlementChange &request) const
{
    const Workspace &current = context.current;
    if (request.expectedVersion && *request.expectedVersion != current.version) {
        ApiError error = ApiError::make(ErrorCode::VersionConflict,
                                        QStringLiteral("The workspace changed since version %1; "
                                                       "it is now at version %2.")
                                            .arg(*request.expectedVersion)
                                            .arg(current.version));
        error.current = current;
        return Verdict::reject(error);
    }
    if (sameBinding(current.settlement, request))
        return Verdict::noOp();
    if (auto error = siteRule(context.siteMethods, context.grantedMethods, request.method))
        return Verdict::reject(*error);

    const QDateTime next = nextChangeAllowedAt(context.lastUserChangeAt, context.now);
    if (next.isValid()) {
        ApiError error = ApiError::make(ErrorCode::ChangeTooSoon,
                                        QStringLiteral("The settlement of this workspace was "
                                                       "already changed this month."));
        error.nextChangeAllowedAt = next;
        return Verdict::reject(error);
    }

    const bool toOtherCloud =
        isCloudMethod(request.method) && request.method != current.settlement.method;
    if (toOtherCloud && isLiveSubscription(current.settlement, context.currentInstance)) {
        return Verdict::reject(ApiError::make(
            ErrorCode::CloudSwitchBlocked,
            QStringLiteral("The workspace is settled through a live %1 subscription; it can only "
                           "go back to billing_center.")
                .arg(billing::toWire(current.settlement.method))));
    }
    if (auto error =
            instanceChecks(request, context.requestedInstance, context.requestedClaimedByRequester))
        return Verdict::reject(*error);
    return Verdict::apply();
}

Verdict
SettlementRules::decideCreation(const QList<SettlementMethod> &siteMethods,
                                const QList<SettlementMethod> &grantedMethods,
                                const SettlementChange &request,
                                const std::optional<MarketplaceSubscription> &requestedInstance,
                                bool requestedClaimedByRequester) const
{
    if (auto error = siteRule(siteMethods, grantedMethods, request.method)) {
        error->fields = {
            {QStringLiteral("settlement.method"), QStringLiteral("Not offered on this site.")}};
        return Verdict::reject(*error);
    }
    if (auto error = instanceChecks(request, requestedInstance, requestedClaimedByRequester)) {
        QMap<QString, QString> prefixed;
        for (auto it = error->fields.cbegin(); it != error->fields.cend(); ++it)
            prefixed.insert(QStringLiteral("settlement.") + it.key(), it.value());
        error->fields = prefixed;
        return Verdict::reject(*error);
    }
    return Verdict::apply();
}

} // namespace billing::server
