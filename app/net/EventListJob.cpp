#include "EventListJob.h"

#include <QJsonObject>
#include <QUrl>

namespace billing {

EventListJob::EventListJob(BillingClient &client, const QString &path, const QUrlQuery &query,
                           QObject *parent)
    : PagedListJob(client, path, query, 5000, true, parent)
{
    connect(this, &PagedListJob::pageReceived, this, [this](const QJsonArray &items) {
        m_events.reserve(m_events.size() + items.size());
        for (const QJsonValue &item : items) {
            if (auto event = SettlementEvent::fromJson(item.toObject()))
                m_events.append(std::move(*event));
            else
                ++m_unreadable;
        }
    });
}

EventListJob *EventListJob::history(BillingClient &client, const QString &workspaceId,
                                    QObject *parent)
{
    const QString path = QStringLiteral("/api/v1/workspaces/")
                         + QString::fromLatin1(QUrl::toPercentEncoding(workspaceId))
                         + QStringLiteral("/history");
    return new EventListJob(client, path, QUrlQuery(), parent);
}

EventListJob *EventListJob::audit(BillingClient &client, const AuditFilter &filter, QObject *parent)
{
    return new EventListJob(client, QStringLiteral("/api/v1/audit"), filter.toQuery(), parent);
}

} // namespace billing
