#pragma once

#include "SettlementMethod.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace billing {

// A commercial account as the API returns it. Never holds a password or hash.
struct Account {
    QString id;
    QString username;
    QString email;
    QString phone;
    QString company;
    QString site;
    bool hasBillingCenterAccount = false;
    QList<SettlementMethod> grantedMethods;
    QDateTime createdAt;
};

QJsonObject toJson(const Account &account);
std::optional<Account> accountFromJson(const QJsonObject &object, QString *error = nullptr);

} // namespace billing
