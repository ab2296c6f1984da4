#include "UsageRecords.h"

#include <QJsonDocument>

#include <QJsonObject>
#include <algorithm>

namespace billing::test {
namespace {
constexpr qsizetype kRecordsPerRequest = 5000;
}

QString postUsage(HttpClient &client, const QJsonArray &records)
{
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/usage");
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("records"), records}})
                       .toJson(QJsonDocument::Compact);
    request.headers = {{"Content-Type", "application/json"}};
    request.token = QStringLiteral("sandbox-collector");
    const HttpReply reply = client.send(request);
    if (reply.status != 200)
        return reply.describe().left(400);
    if (const qsizetype rejected = reply.body.indexOf("rejected"); rejected >= 0)
        return QStringLiteral("usage refused: ")
               + QString::fromUtf8(reply.body.mid(std::max<qsizetype>(0, rejected - 40), 400));
    return {};
}

QString sendUsageOf(HttpClient &client, const QJsonArray &workspaces, const QDate &day,
                    const QStringList &items)
{
    QJsonArray records;
    const QString dayText = day.toString(Qt::ISODate);
    for (qsizetype i = 0; i < workspaces.size(); ++i) {
        const QString id = workspaces.at(i).toObject().value(QLatin1String("id")).toString();
        for (qsizetype item = 0; item < items.size(); ++item) {
            records.append(
                QJsonObject{{QStringLiteral("workspaceId"), id},
                            {QStringLiteral("item"), items.at(item)},
                            {QStringLiteral("day"), dayText},
                            {QStringLiteral("quantity"), QString::number(1000 + i * 7 + item)}});
            if (records.size() == kRecordsPerRequest) {
                if (const QString error = postUsage(client, records); !error.isEmpty())
                    return error;
                records = {};
            }
        }
    }
    return records.isEmpty() ? QString() : postUsage(client, records);
}

} // namespace billing::test
