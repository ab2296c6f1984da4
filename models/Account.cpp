#include "Account.h"

#include "Rfc3339.h"

#include <QJsonArray>

namespace billing {

QJsonObject toJson(const Account &account)
{
    QJsonArray granted;
    for (SettlementMethod method : account.grantedMethods)
        granted.append(toWire(method));
    return QJsonObject{
        {QStringLiteral("id"), account.id},
        {QStringLiteral("username"), account.username},
        {QStringLiteral("email"), account.email},
        {QStringLiteral("phone"), account.phone},
        {QStringLiteral("company"), account.company},
        {QStringLiteral("site"), account.site},
        {QStringLiteral("hasBillingCenterAccount"), account.hasBillingCenterAccount},
        {QStringLiteral("grantedMethods"), granted},
        {QStringLiteral("createdAt"), rfc3339::toJson(account.createdAt)},
    };
}

std::optional<Account> accountFromJson(const QJsonObject &object, QString *error)
{
    Account account;
    account.id = object.value(u"id").toString();
    account.username = object.value(u"username").toString();
    if (account.id.isEmpty() || account.username.isEmpty()) {
        if (error)
            *error = account.id.isEmpty() ? QStringLiteral("id") : QStringLiteral("username");
        return std::nullopt;
    }
    account.email = object.value(u"email").toString();
    account.phone = object.value(u"phone").toString();
    account.company = object.value(u"company").toString();
    account.site = object.value(u"site").toString();
    account.hasBillingCenterAccount = object.value(u"hasBillingCenterAccount").toBool();
    for (const QJsonValue &value : object.value(u"grantedMethods").toArray()) {
        if (const auto method = settlementMethodFromWire(value.toString()))
            account.grantedMethods.append(*method);
    }
    account.createdAt = rfc3339::parse(object.value(u"createdAt").toString());
    return account;
}

} // namespace billing
