#include "MeteringPusher.h"

#include "Clock.h"
#include "Logging.h"
#include "MeteringGateway.h"
#include "SqliteMeteringRecords.h"
#include "StorageError.h"
#include "Transactional.h"

#include <Rfc3339.h>

#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace billing::server {
namespace {
constexpr int kDueBatchLimit = 1000;
constexpr int kBackoffBaseSeconds = 60;
} // namespace

MeteringPusher::MeteringPusher(SqliteMeteringRecords &records, MeteringGateway &gateway,
                               Transactional &transactions, const Clock &clock,
                               SettlementMethod marketplace, QObject *parent)
    : QObject(parent)
    , m_marketplace(marketplace)
    , m_records(records)
    , m_gateway(gateway)
    , m_transactions(transactions)
    , m_clock(clock)
{}

void MeteringPusher::start(int intervalMs, std::function<bool()> mayPush)
{
    m_mayPush = std::move(mayPush);
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, [this] {
            try {
                if (!m_mayPush || m_mayPush())
                    pushDue();
            } catch (const StorageError &failure) {
                qCWarning(lcMarketplace) << "metering: push round failed:" << failure.what();
            }
        });
    }
    m_timer->start(intervalMs);
}

qint64 MeteringPusher::backoffSeconds(int attemptsBefore)
{
    const int doublings = std::clamp(attemptsBefore, 0, 6); // 60 × 2^6 is past the cap already
    return std::min<qint64>(qint64(kBackoffBaseSeconds) << doublings, kMaxBackoffSeconds);
}

int MeteringPusher::pushDue()
{
    return pushDue(m_clock.now());
}

int MeteringPusher::pushDue(const QDateTime &now)
{
    const QList<MeteringRecord> due = m_records.due(now, kDueBatchLimit, m_marketplace);
    if (due.isEmpty())
        return 0;
    QList<MeteringRecord> sendable;
    {
        TransactionGuard transaction(m_transactions);
        for (const MeteringRecord &record : due) {
            if (now >= record.deadline)
                failOverdue(record);
            else
                sendable.append(record);
        }
        transaction.commit();
    }
    const QList<Batch> batches = batchesOf(sendable, now);
    for (const Batch &batch : batches)
        send(batch, now);
    return int(batches.size());
}

bool MeteringPusher::instanceMayBeCalled(const QString &instanceId, const QDateTime &now) const
{
    if (m_inFlight.contains(instanceId))
        return false;
    const auto last = m_lastCallAt.constFind(instanceId);
    if (last == m_lastCallAt.cend())
        return true;
    const qint64 since = last->secsTo(now);
    // A clock moved back (only the sandbox's can be) does not hold the instance back.
    return since < 0 || since >= kInstanceIntervalSeconds;
}

// Whole instances per call (all their due days together, one call for the instance), calls
// filled up to the marketplace's 100 records.
QList<MeteringPusher::Batch> MeteringPusher::batchesOf(const QList<MeteringRecord> &due,
                                                       const QDateTime &now)
{
    QList<QString> order;
    QHash<QString, QList<MeteringRecord>> byInstance;
    for (const MeteringRecord &record : due) {
        if (!instanceMayBeCalled(record.instanceId, now))
            continue;
        auto &records = byInstance[record.instanceId];
        if (records.isEmpty())
            order.append(record.instanceId);
        if (records.size() < m_gateway.maxRecordsPerCall())
            records.append(record);
    }
    QList<Batch> batches;
    for (const QString &instanceId : std::as_const(order)) {
        const QList<MeteringRecord> &records = byInstance[instanceId];
        if (batches.isEmpty()
            || batches.last().records.size() + records.size() > m_gateway.maxRecordsPerCall())
            batches.append(Batch{});
        batches.last().records += records;
        batches.last().instances.insert(instanceId);
    }
    return batches;
}

void MeteringPusher::failOverdue(const MeteringRecord &record)
{
    QString reason = QStringLiteral("Not accepted by the marketplace before the deadline %1")
                         .arg(rfc3339::format(record.deadline));
    reason += record.lastError.isEmpty() ? QStringLiteral(" (never sent).")
                                         : QStringLiteral("; last error: %1").arg(record.lastError);
    m_records.markFailed(record, reason);
    m_records.mirrorOntoBillLines(record.instanceId, record.day, MeteringStatus::PushFailed);
    qCWarning(lcMarketplace) << "metering: record of instance" << record.instanceId << "for"
                             << record.day << "is push_failed after" << record.attempts
                             << "attempts";
}

void MeteringPusher::send(const Batch &batch, const QDateTime &now)
{
    for (const QString &instanceId : batch.instances) {
        m_lastCallAt.insert(instanceId, now);
        m_inFlight.insert(instanceId);
    }
    MeteringCall call{batch.records, now};
    QPointer<MeteringPusher> self(this);
    m_gateway.push(call, [self, batch, now](const MeteringCallResult &result) {
        if (!self)
            return;
        for (const QString &instanceId : batch.instances)
            self->m_inFlight.remove(instanceId);
        try {
            self->finish(batch, result, now);
        } catch (const StorageError &failure) {
            // The records stay due and are sent again; the marketplace de-duplicates.
            qCWarning(lcMarketplace) << "metering: recording a push failed:" << failure.what();
        }
        Q_EMIT self->callFinished(int(batch.records.size()), result.accepted);
    });
}

// Times are the call's: pushedAt is when the accepted call went out, and the backoff of a
// refused one counts from then.
void MeteringPusher::finish(const Batch &batch, const MeteringCallResult &result,
                            const QDateTime &now)
{
    TransactionGuard transaction(m_transactions);
    for (const MeteringRecord &record : batch.records) {
        if (result.accepted && !result.refused.contains(record.seq)) {
            m_records.markPushed(record, now);
            m_records.mirrorOntoBillLines(record.instanceId, record.day, MeteringStatus::Pushed);
            continue;
        }
        const QDateTime next =
            std::min(now.addSecs(backoffSeconds(record.attempts)), record.deadline);
        m_records.markRetry(
            record, result.accepted ? result.refused.value(record.seq) : result.error, next);
    }
    transaction.commit();
    if (result.accepted)
        qCInfo(lcMarketplace) << "metering:" << billing::toWire(m_marketplace) << "took"
                              << batch.records.size() - result.refused.size() << "records, refused"
                              << result.refused.size();
    else
        qCInfo(lcMarketplace) << "metering: push of" << batch.records.size()
                              << "records refused:" << result.error;
}

} // namespace billing::server
