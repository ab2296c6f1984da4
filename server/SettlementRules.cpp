#include "SettlementRules.h"

#include <SettlementBinding.h>

namespace billing::server {
namespace {
bool isLiveSubscription(const Settlement &current, const std::optional<AliyunInstance> &instance)
{
    if (!isCloudMethod(current.method))
        return false;
    // Only Alibaba Cloud subscriptions are tracked; the other clouds count as live.
    if (current.method == SettlementMethod::Aliyun)
        return instance && instance->isLive();
    return true;
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
                                const std::optional<AliyunInstance> &instance)
{
    if (request.method != SettlementMethod::Aliyun)
        return std::nullopt;
    if (!instance) {
        return ApiError::make(
            ErrorCode::InstanceNotFound,
            QStringLiteral("No marketplace instance %1.").arg(request.instanceId),
            {{QStringLiteral("instanceId"), QStringLiteral("No such instance.")}});
    }
    if (instance->status != InstanceStatus::Opened) {
        return ApiError::make(ErrorCode::InstanceNotActive,
                              QStringLiteral("The marketplace instance %1 is %2.")
                                  .arg(request.instanceId, toWire(instance->status)),
                              {{QStringLiteral("instanceId"), QStringLiteral("Not active.")}});
    }
    if (instance->aliUid != request.aliyunAccountId) {
        return ApiError::make(
            ErrorCode::InstanceOwnerMismatch,
            QStringLiteral("The marketplace instance belongs to another Alibaba Cloud account."),
            {{QStringLiteral("aliyunAccountId"),
              QStringLiteral("The instance belongs to another Alibaba Cloud account.")}});
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
    if (auto error = instanceChecks(request, context.requestedInstance))
        return Verdict::reject(*error);
    return Verdict::apply();
}

Verdict SettlementRules::decideCreation(
    const QList<SettlementMethod> &siteMethods, const QList<SettlementMethod> &grantedMethods,
    const SettlementChange &request, const std::optional<AliyunInstance> &requestedInstance) const
{
    if (auto error = siteRule(siteMethods, grantedMethods, request.method)) {
        error->fields = {
            {QStringLiteral("settlement.method"), QStringLiteral("Not offered on this site.")}};
        return Verdict::reject(*error);
    }
    if (auto error = instanceChecks(request, requestedInstance)) {
        QMap<QString, QString> prefixed;
        for (auto it = error->fields.cbegin(); it != error->fields.cend(); ++it)
            prefixed.insert(QStringLiteral("settlement.") + it.key(), it.value());
        error->fields = prefixed;
        return Verdict::reject(*error);
    }
    return Verdict::apply();
}

} // namespace billing::server
