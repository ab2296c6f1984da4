#include "SessionReplyRedaction.h"

#include "Rfc3339.h"
#include "SessionService.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace billing::server {
namespace {
// {"account","session":{"token",…}} from registration, {"token",…,"account"} from login.
bool editSession(QByteArray &body, const std::function<void(QJsonObject &, const QString &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(body).object();
    const QString accountId = root.value(u"account").toObject().value(u"id").toString();
    if (accountId.isEmpty())
        return false;
    if (root.value(u"session").isObject()) {
        QJsonObject session = root.value(u"session").toObject();
        edit(session, accountId);
        root.insert(QStringLiteral("session"), session);
    } else if (root.contains(u"expiresAt")) {
        edit(root, accountId);
    } else {
        return false;
    }
    body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return true;
}
} // namespace

SessionReplyRedaction::SessionReplyRedaction(SessionService &sessions)
    : m_sessions(sessions)
{}

HttpResponse SessionReplyRedaction::redact(const HttpResponse &response)
{
    HttpResponse stored = response;
    if (stored.status >= 200 && stored.status < 300)
        editSession(stored.body,
                    [](QJsonObject &session, const QString &) { session.remove(u"token"); });
    return stored;
}

HttpResponse SessionReplyRedaction::reissue(const HttpResponse &stored) const
{
    HttpResponse replay = stored;
    if (replay.status >= 200 && replay.status < 300) {
        editSession(replay.body, [this](QJsonObject &session, const QString &accountId) {
            const IssuedSession issued = m_sessions.issue(accountId);
            session.insert(QStringLiteral("token"), QString::fromLatin1(issued.token));
            session.insert(QStringLiteral("expiresAt"), rfc3339::format(issued.expiresAt));
        });
    }
    return replay;
}

} // namespace billing::server
