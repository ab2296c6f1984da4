#pragma once

#include "MeteringGateway.h"
#include "SqlStatement.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace billing::server {

class Transactional;

// The sandbox's Alibaba Cloud Marketplace for metering (--sandbox): keeps every accepted
// record in market_metering, de-duplicated by instance + StartTime + EndTime as the real one
// does (a record pushed again is accepted and changes nothing), holds the caller to the real
// limits (≤ 100 records per call, one call per instance per 60 s) and refuses every call
// while an outage is set, all by the time each call was sent (the server clock).
class SandboxMarket : public MeteringGateway
{
public:
    SandboxMarket(const QSqlDatabase &db, Transactional &transactions);

    void push(const MeteringCall &call, Done done) override;

    void setOutageUntil(const QDateTime &until) { m_outageUntil = until; }
    QDateTime outageUntil() const { return m_outageUntil; }

    // Accepted records, oldest first: {"InstanceId","StartTime","EndTime","Entities",
    // "acceptedAt"}. `offset` skips that many (the page cursor); `instanceId` may be empty.
    QJsonArray accepted(const QString &instanceId, qint64 offset, int limit);
    qint64 acceptedCount(const QString &instanceId);

private:
    MeteringCallResult check(const MeteringCall &call) const;

    Transactional &m_transactions;
    SqlStatement m_insert;
    SqlStatement m_list;
    SqlStatement m_count;
    QDateTime m_outageUntil;
    QHash<QString, QDateTime> m_lastCallAt;
};

} // namespace billing::server
