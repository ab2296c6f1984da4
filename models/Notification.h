#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace billing {

// A mail the Billing Center sent (verification code, released subscription, ...).
struct Notification {
    QString id;
    QString to;
    QString subject;
    QString body;
    QDateTime createdAt;
};

QJsonObject toJson(const Notification &notification);
std::optional<Notification> notificationFromJson(const QJsonObject &object);

} // namespace billing
