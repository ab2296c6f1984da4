#include "Notification.h"

#include "Rfc3339.h"

namespace billing {

QJsonObject toJson(const Notification &notification)
{
    return QJsonObject{{QStringLiteral("id"), notification.id},
                       {QStringLiteral("to"), notification.to},
                       {QStringLiteral("subject"), notification.subject},
                       {QStringLiteral("body"), notification.body},
                       {QStringLiteral("createdAt"), rfc3339::toJson(notification.createdAt)}};
}

std::optional<Notification> notificationFromJson(const QJsonObject &object)
{
    Notification notification;
    notification.id = object.value(u"id").toString();
    if (notification.id.isEmpty())
        return std::nullopt;
    notification.to = object.value(u"to").toString();
    notification.subject = object.value(u"subject").toString();
    notification.body = object.value(u"body").toString();
    notification.createdAt = rfc3339::parse(object.value(u"createdAt").toString());
    return notification;
}

} // namespace billing
