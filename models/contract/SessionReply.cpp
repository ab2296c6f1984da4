#include "SessionReply.h"

#include "Rfc3339.h"

namespace billing {

QJsonObject SessionReply::toJson() const
{
    QJsonObject object{{QStringLiteral("token"), token},
                       {QStringLiteral("expiresAt"), rfc3339::format(expiresAt)}};
    if (account)
        object.insert(QStringLiteral("account"), billing::toJson(*account));
    return object;
}

std::optional<SessionReply> SessionReply::fromJson(const QJsonObject &object)
{
    SessionReply session;
    session.token = object.value(u"token").toString();
    session.expiresAt = rfc3339::parse(object.value(u"expiresAt").toString());
    if (session.token.isEmpty())
        return std::nullopt;
    if (object.value(u"account").isObject())
        session.account = accountFromJson(object.value(u"account").toObject());
    return session;
}

} // namespace billing
