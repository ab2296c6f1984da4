#pragma once

#include "Notification.h"
#include "PagedListJob.h"

namespace billing {

// Every mail sent to the account (GET /api/v1/notifications), or, in the sandbox, every
// mail the server sent (GET /api/v1/sandbox/mailbox?to=).
class NotificationListJob : public PagedListJob
{
    Q_OBJECT
public:
    enum class Source { Account, SandboxMailbox };
    NotificationListJob(BillingClient &client, Source source, const QString &to = {},
                        QObject *parent = nullptr);
    const QList<Notification> &notifications() const { return m_notifications; }

private:
    QList<Notification> m_notifications;
};

} // namespace billing
