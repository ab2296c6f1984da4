#pragma once

#include "BillLine.h"
#include "PagedListJob.h"

namespace billing {

// Which lines of a month GET /api/v1/bill-lines returns; empty fields do not filter. `payer`
// is "billing_center", "aliyun" (every instance) or "aliyun:<instanceId>"; `status` a wire
// status ("pushed"). A day is not a filter: callers pick a day's lines from the month's.
struct BillLineFilter {
    QString month; // "2026-11"
    QString workspaceId;
    QString item;
    QString payer;
    QString status;

    QUrlQuery toQuery() const;
};

// Every bill line of a month that matches a filter, in the server's order (day, then
// workspace creation order, then item), fetched 5000 a page.
class BillLineListJob : public PagedListJob
{
    Q_OBJECT
public:
    BillLineListJob(BillingClient &client, const BillLineFilter &filter, QObject *parent = nullptr);

    const QList<BillLine> &lines() const { return m_lines; }
    // Items of a page that were not bill lines (a newer server's form, or damage); skipped.
    int unreadable() const { return m_unreadable; }

private:
    QList<BillLine> m_lines;
    int m_unreadable = 0;
};

} // namespace billing
