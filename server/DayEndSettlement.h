#pragma once

#include "SqlStatement.h"

#include <QSqlDatabase>
#include <QString>

namespace billing::server {

// Who pays a workspace's day, and whether it could run: its settlement method, instance and
// status at the end of the billing day (billing.md: a change at 15:00 makes the new method
// pay for that whole day). Wire texts, as stored.
struct SettlementState {
    QString method;     // "billing_center", "aliyun", …
    QString instanceId; // for "aliyun"; empty otherwise
    QString status;     // "active", "lock_pending", "locked"
};

// Reads a workspace's settlement history backwards along its event chain
// (workspaces.last_event_seq, events.prev_seq). The common case costs nothing: when the
// newest event is older than the day's end, the row as it is now is the answer.
class DayEndSettlement
{
public:
    explicit DayEndSettlement(const QSqlDatabase &db);

    // `current`: the row now; `lastEventSeq`/`lastEventAt`: its newest event (0 when none),
    // times in seconds since the epoch.
    SettlementState at(qint64 dayEndSecs, const SettlementState &current, qint64 lastEventSeq,
                       qint64 lastEventAt);

private:
    SqlStatement m_event;
};

} // namespace billing::server
