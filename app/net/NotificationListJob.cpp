#include "NotificationListJob.h"

#include <QJsonObject>

namespace billing {

NotificationListJob::NotificationListJob(BillingClient &client, Source source, const QString &to,
                                         QObject *parent)
    : PagedListJob(client,
                   source == Source::Account ? QStringLiteral("/api/v1/notifications")
                                             : QStringLiteral("/api/v1/sandbox/mailbox"),
                   to.isEmpty() ? QUrlQuery() : QUrlQuery{{QStringLiteral("to"), to}}, 500,
                   source == Source::Account, parent)
{
    connect(this, &PagedListJob::pageReceived, this, [this](const QJsonArray &items) {
        for (const QJsonValue &item : items) {
            if (auto notification = notificationFromJson(item.toObject()))
                m_notifications.append(std::move(*notification));
        }
    });
}

} // namespace billing
