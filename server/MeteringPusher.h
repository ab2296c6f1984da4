#pragma once

#include "MeteringRecord.h"

#include <SettlementMethod.h>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

class QTimer;

namespace billing::server {

class Clock;
class MeteringGateway;
class SqliteMeteringRecords;
class Transactional;
struct MeteringCall;
struct MeteringCallResult;

// Sends one marketplace's due metering records on the event loop, by the server clock (the
// sandbox clock moves it): at most the gateway's records per call, at most one call per instance
// per 60 s; a refused call is retried with backoff (60 s × 2^attempts, at most an hour) until the
// record's deadline, then the record is push_failed. Every outcome is mirrored onto the record's
// bill lines.
class MeteringPusher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kInstanceIntervalSeconds = 60;
    static constexpr int kMaxBackoffSeconds = 3600;

    // Pushes the records of `marketplace`'s subscriptions through `gateway`.
    MeteringPusher(SqliteMeteringRecords &records, MeteringGateway &gateway,
                   Transactional &transactions, const Clock &clock,
                   SettlementMethod marketplace = SettlementMethod::Aliyun,
                   QObject *parent = nullptr);

    // Polls for due records every intervalMs of real time, in the rounds `mayPush` allows
    // (the process leading the metering, of several sharing a database).
    void start(int intervalMs, std::function<bool()> mayPush = {});
    // One round at the server clock's now: fails overdue records and sends the due ones.
    // Returns the calls sent.
    int pushDue();
    // The same round as of `now` (the demo's history, pushed as the days were settled).
    int pushDue(const QDateTime &now);
    static qint64 backoffSeconds(int attemptsBefore);

Q_SIGNALS:
    void callFinished(int records, bool accepted);

private:
    struct Batch {
        QList<MeteringRecord> records;
        QSet<QString> instances;
    };
    QList<Batch> batchesOf(const QList<MeteringRecord> &due, const QDateTime &now);
    bool instanceMayBeCalled(const QString &instanceId, const QDateTime &now) const;
    void failOverdue(const MeteringRecord &record);
    void send(const Batch &batch, const QDateTime &now);
    void finish(const Batch &batch, const MeteringCallResult &result, const QDateTime &sentAt);

    SettlementMethod m_marketplace;
    SqliteMeteringRecords &m_records;
    MeteringGateway &m_gateway;
    Transactional &m_transactions;
    const Clock &m_clock;
    QTimer *m_timer = nullptr;
    std::function<bool()> m_mayPush;
    QHash<QString, QDateTime> m_lastCallAt; // per instance, server clock
    QSet<QString> m_inFlight;               // instances of calls not answered yet
};

} // namespace billing::server
