#include "MeteringBuilder.h"

#include "BillText.h"
#include "BillingDay.h"
#include "Logging.h"
#include "MeteringRecord.h"
#include "MeteringSources.h"
#include "SqliteMeteringRecords.h"
#include "StorageError.h"
#include "Transactional.h"

namespace billing::server {

MeteringBuilder::MeteringBuilder(MeteringSources &sources, SqliteMeteringRecords &records,
                                 Transactional &transactions, QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_records(records)
    , m_transactions(transactions)
{}

void MeteringBuilder::catchUp()
{
    try {
        const QList<QDate> days = m_sources.settledDaysFrom(m_records.latestDay());
        int built = 0;
        for (const QDate &day : days)
            built += buildDay(day);
        if (built > 0)
            qCInfo(lcMarketplace) << "metering: caught up" << days.size() << "settled days,"
                                  << built << "records";
    } catch (const StorageError &failure) {
        qCWarning(lcMarketplace) << "metering: catching up failed:" << failure.what();
    }
}

void MeteringBuilder::onDaySettled(const QDate &day, const QStringList &)
{
    try {
        buildDay(day);
    } catch (const StorageError &failure) {
        // The next start-up's catchUp() builds it.
        qCWarning(lcMarketplace) << "metering: building" << day << "failed:" << failure.what();
    }
}

int MeteringBuilder::buildDay(const QDate &day)
{
    const QDateTime start = billingday::startOf(day);
    const QDateTime end = billingday::endOf(day);
    const QDateTime deadline = billingday::endOf(day.addDays(1));
    // Read first, outside the writer's turn: summing a subscription's lines of a settled day
    // (which no longer change) takes a while for a big one, and writes would wait for all of
    // them. The turn then only writes.
    struct Paid {
        MeteringSources::Instance instance;
        QString accountId;
        QList<MeteringSources::ItemQuantity> quantities;
    };
    QList<Paid> paid;
    for (const MeteringSources::Instance &instance : m_sources.instances()) {
        Paid one{instance, {}, {}};
        one.quantities = m_sources.paidQuantities(instance.id, day, &one.accountId);
        if (!one.quantities.isEmpty())
            paid.append(one);
    }
    int written = 0;
    TransactionGuard transaction(m_transactions);
    for (const Paid &one : std::as_const(paid)) {
        const MeteringSources::Instance &instance = one.instance;
        if (instance.releasedAt.isValid() && instance.releasedAt < start) {
            // Nothing is reported for a released subscription; its lines cannot be billed.
            m_records.mirrorOntoBillLines(instance.id, day, MeteringStatus::PushFailed);
            qCWarning(lcMarketplace) << "metering: instance" << instance.id << "was released before"
                                     << day << "- nothing pushed";
            continue;
        }
        MeteringRecord record;
        record.accountId = one.accountId;
        record.instanceId = instance.id;
        record.day = day;
        record.startTime = start.toSecsSinceEpoch();
        record.endTime = end.toSecsSinceEpoch();
        for (const MeteringSources::ItemQuantity &quantity : one.quantities)
            record.entities.append({quantity.item, billtext::quantity(quantity.quantityE4)});
        record.nextAttemptAt = end;
        record.deadline = deadline;
        m_records.upsert(record);
        ++written;
    }
    transaction.commit();
    if (written > 0)
        Q_EMIT recordsBuilt(day, written);
    return written;
}

} // namespace billing::server
