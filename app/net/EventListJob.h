#pragma once

#include "AuditFilter.h"
#include "PagedListJob.h"
#include "SettlementEvent.h"

namespace billing {

// Every event of one workspace's settlement history (GET /api/v1/workspaces/{id}/history)
// or of the account's audit log (GET /api/v1/audit with a filter), newest first.
class EventListJob : public PagedListJob
{
    Q_OBJECT
public:
    static EventListJob *history(BillingClient &client, const QString &workspaceId,
                                 QObject *parent = nullptr);
    static EventListJob *audit(BillingClient &client, const AuditFilter &filter,
                               QObject *parent = nullptr);

    const QList<SettlementEvent> &events() const { return m_events; }
    // Items of a page that were not events (a newer server's form, or damage); skipped.
    int unreadable() const { return m_unreadable; }

private:
    EventListJob(BillingClient &client, const QString &path, const QUrlQuery &query,
                 QObject *parent);

    QList<SettlementEvent> m_events;
    int m_unreadable = 0;
};

} // namespace billing
