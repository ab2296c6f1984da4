#include "DayEndSettlement.h"

namespace billing::server {

DayEndSettlement::DayEndSettlement(const QSqlDatabase &db)
    : m_event(db, QStringLiteral("SELECT at, prev_seq, to_method, to_instance_id, to_status "
                                 "FROM events WHERE seq = ?"))
{}

SettlementState DayEndSettlement::at(qint64 dayEndSecs, const SettlementState &current,
                                     qint64 lastEventSeq, qint64 lastEventAt)
{
    if (lastEventSeq == 0 || lastEventAt < dayEndSecs)
        return current;
    // Walk back to the events before the day's end: the newest one that names a settlement
    // gives the method, the newest that names a status gives the status. An event only
    // names what it changed (a lock names no settlement, a switch may name no status).
    SettlementState found;
    SettlementState oldest; // what the workspace started with, for usage before its creation
    bool methodFound = false;
    bool statusFound = false;
    qint64 seq = lastEventSeq;
    while (seq != 0 && !(methodFound && statusFound)) {
        m_event.bind(0, seq).exec();
        if (!m_event.next())
            break;
        const qint64 at = m_event.integer(0);
        seq = m_event.value(1).isNull() ? 0 : m_event.integer(1);
        const QString method = m_event.text(2);
        const QString instance = m_event.text(3);
        const QString status = m_event.text(4);
        m_event.finish();
        if (!method.isEmpty()) {
            oldest.method = method;
            oldest.instanceId = instance;
        }
        if (!status.isEmpty())
            oldest.status = status;
        if (at >= dayEndSecs)
            continue;
        if (!methodFound && !method.isEmpty()) {
            found.method = method;
            found.instanceId = instance;
            methodFound = true;
        }
        if (!statusFound && !status.isEmpty()) {
            found.status = status;
            statusFound = true;
        }
    }
    if (!methodFound) {
        found.method = oldest.method.isEmpty() ? current.method : oldest.method;
        found.instanceId = oldest.method.isEmpty() ? current.instanceId : oldest.instanceId;
    }
    if (!statusFound)
        found.status = oldest.status.isEmpty() ? QStringLiteral("active") : oldest.status;
    return found;
}

} // namespace billing::server
