#include "AzureWebhookEvent.h"

#include <MarketplaceIds.h>

#include <QJsonDocument>

#include <array>
#include <utility>

namespace billing::server {
namespace {
constexpr qsizetype kMaxTextLength = 256;

const std::array<std::pair<AzureAction, const char *>, 6> kActions{{
    {AzureAction::Suspend, "Suspend"},
    {AzureAction::Reinstate, "Reinstate"},
    {AzureAction::Unsubscribe, "Unsubscribe"},
    {AzureAction::ChangePlan, "ChangePlan"},
    {AzureAction::ChangeQuantity, "ChangeQuantity"},
    {AzureAction::Renew, "Renew"},
}};

// A text field: absent or null reads as empty; any other non-string makes it unusable.
std::optional<QString> text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString() || value.toString().size() > kMaxTextLength)
        return std::nullopt;
    return value.toString();
}
} // namespace

QString toWire(AzureAction action)
{
    for (const auto &[known, name] : kActions) {
        if (known == action)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<AzureAction> azureActionFromWire(const QString &wire)
{
    for (const auto &[action, name] : kActions) {
        if (wire == QLatin1String(name))
            return action;
    }
    return std::nullopt;
}

QJsonObject AzureWebhookEvent::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("activityId"), activityId},
                       {QStringLiteral("subscriptionId"), subscriptionId},
                       {QStringLiteral("offerId"), offerId},
                       {QStringLiteral("planId"), planId},
                       {QStringLiteral("timeStamp"), timeStamp},
                       {QStringLiteral("action"), billing::server::toWire(action)},
                       {QStringLiteral("status"), status}};
    if (quantity)
        object.insert(QStringLiteral("quantity"), *quantity);
    return object;
}

std::optional<AzureWebhookEvent> AzureWebhookEvent::parse(const QByteArray &body, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<AzureWebhookEvent> {
        *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(QStringLiteral("The body is not a JSON object."));
    const QJsonObject object = document.object();
    AzureWebhookEvent event;
    const std::array<std::pair<QString *, const char *>, 7> texts{{
        {&event.id, "id"},
        {&event.activityId, "activityId"},
        {&event.offerId, "offerId"},
        {&event.planId, "planId"},
        {&event.timeStamp, "timeStamp"},
        {&event.status, "status"},
        {&event.subscriptionId, "subscriptionId"},
    }};
    for (const auto &[field, key] : texts) {
        const auto value = text(object, QString::fromLatin1(key));
        if (!value)
            return fail(QStringLiteral("Invalid %1.").arg(QLatin1String(key)));
        *field = *value;
    }
    if (event.id.isEmpty())
        return fail(QStringLiteral("Missing id."));
    const IdParseResult subscription = parseAzureSubscriptionId(event.subscriptionId);
    if (!subscription.ok())
        return fail(QStringLiteral("Invalid subscriptionId."));
    event.subscriptionId = subscription.value;
    const auto action = azureActionFromWire(object.value(QStringLiteral("action")).toString());
    if (!action)
        return fail(QStringLiteral("Missing or unknown action."));
    event.action = *action;
    const QJsonValue quantity = object.value(QStringLiteral("quantity"));
    if (quantity.isDouble()) {
        const double value = quantity.toDouble();
        if (value < 0 || value > 1e9 || value != double(qint64(value)))
            return fail(QStringLiteral("Invalid quantity."));
        event.quantity = qint64(value);
    } else if (!quantity.isUndefined() && !quantity.isNull()) {
        return fail(QStringLiteral("Invalid quantity."));
    }
    if (event.action == AzureAction::ChangePlan && event.planId.isEmpty())
        return fail(QStringLiteral("ChangePlan without planId."));
    if (event.action == AzureAction::ChangeQuantity && !event.quantity)
        return fail(QStringLiteral("ChangeQuantity without quantity."));
    return event;
}

} // namespace billing::server
