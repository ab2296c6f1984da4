#include "ReplyChecks.h"

#include <QJsonValue>

namespace billing::test {
namespace {
QString jsonContentTypeMismatch(const HttpReply &reply)
{
    // docs/api.md: "application/json; charset=utf-8" on every reply with a body.
    const QByteArray type = reply.header("Content-Type").toLower().replace(" ", "");
    if (!type.startsWith("application/json") || !type.contains("charset=utf-8"))
        return QStringLiteral("Content-Type is '%1', not application/json; charset=utf-8; %2")
            .arg(QString::fromLatin1(reply.header("Content-Type")), reply.describe());
    return {};
}

QString innerErrorMismatch(const HttpReply &reply, const QJsonObject &error, const QString &code)
{
    if (error.value(QLatin1String("code")).toString() != code)
        return QStringLiteral("expected error code '%1'; %2").arg(code, reply.describe());
    const QJsonValue message = error.value(QLatin1String("message"));
    if (!message.isString() || message.toString().trimmed().isEmpty())
        return QStringLiteral("error.message missing or empty; %1").arg(reply.describe());
    if (error.contains(QLatin1String("fields"))) {
        const QJsonValue fields = error.value(QLatin1String("fields"));
        if (!fields.isObject())
            return QStringLiteral("error.fields is not an object; %1").arg(reply.describe());
        const QJsonObject object = fields.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString())
                return QStringLiteral("error.fields.%1 is not a string; %2")
                    .arg(it.key(), reply.describe());
        }
    }
    return {};
}
} // namespace

QString statusMismatch(const HttpReply &reply, int status)
{
    if (reply.status != status)
        return QStringLiteral("expected HTTP %1, got %2").arg(status).arg(reply.describe());
    if (!reply.body.isEmpty())
        return jsonContentTypeMismatch(reply);
    return {};
}

QString errorMismatch(const HttpReply &reply, int status, const QString &code)
{
    if (reply.status != status)
        return QStringLiteral("expected HTTP %1 %2, got %3")
            .arg(status)
            .arg(code, reply.describe());
    if (const QString why = jsonContentTypeMismatch(reply); !why.isEmpty())
        return why;
    if (!reply.json.isObject())
        return QStringLiteral("error reply is not a JSON object: %1").arg(reply.describe());
    if (!reply.object().value(QLatin1String("error")).isObject())
        return QStringLiteral("no \"error\" object in: %1").arg(reply.describe());
    return innerErrorMismatch(reply, reply.error(), code);
}

QString spiErrorMismatch(const HttpReply &reply, int status, const QString &code)
{
    if (reply.status != status)
        return QStringLiteral("expected HTTP %1 %2, got %3")
            .arg(status)
            .arg(code, reply.describe());
    if (const QString why = jsonContentTypeMismatch(reply); !why.isEmpty())
        return why;
    if (!reply.json.isObject())
        return QStringLiteral("SPI error reply is not a JSON object: %1").arg(reply.describe());
    if (reply.object().value(QLatin1String("success")) != QJsonValue(QStringLiteral("false")))
        return QStringLiteral("SPI error reply lacks \"success\":\"false\": %1")
            .arg(reply.describe());
    if (!reply.object().value(QLatin1String("error")).isObject())
        return QStringLiteral("SPI error reply lacks an \"error\" object: %1")
            .arg(reply.describe());
    return innerErrorMismatch(reply, reply.error(), code);
}

QString pageMismatch(const HttpReply &reply)
{
    if (reply.status != 200)
        return QStringLiteral("expected a 200 page, got %1").arg(reply.describe());
    if (const QString why = jsonContentTypeMismatch(reply); !why.isEmpty())
        return why;
    const QJsonObject page = reply.object();
    if (!page.value(QLatin1String("items")).isArray())
        return QStringLiteral("page without an items array: %1").arg(reply.describe());
    const QJsonValue next = page.value(QLatin1String("nextCursor"));
    if (!next.isNull() && !(next.isString() && !next.toString().isEmpty()))
        return QStringLiteral("nextCursor must be null or a non-empty string: %1")
            .arg(reply.describe());
    const QJsonValue total = page.value(QLatin1String("total"));
    if (!total.isDouble() || total.toDouble() < 0
        || total.toDouble() != static_cast<double>(total.toInteger()))
        return QStringLiteral("total must be a non-negative integer: %1").arg(reply.describe());
    return {};
}

QString fieldsMismatch(const HttpReply &reply, const QStringList &paths)
{
    const QJsonObject fields = reply.fields();
    for (const QString &path : paths) {
        if (fields.value(path).toString().trimmed().isEmpty())
            return QStringLiteral("error.fields does not name '%1': %2")
                .arg(path, reply.describe());
    }
    return {};
}

} // namespace billing::test
