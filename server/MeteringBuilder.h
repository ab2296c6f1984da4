#pragma once

#include <QDate>
#include <QObject>
#include <QStringList>

namespace billing::server {

class MeteringSources;
class SqliteMeteringRecords;
class Transactional;

// Turns each settled day's marketplace bill lines into metering records: one per Alibaba
// Cloud instance per day, its entities the day's quantities per item, due at once, and
// `push_failed` if the marketplace has not accepted it by the end of the next billing day.
// Building a day again changes nothing that was pushed (UNIQUE (instance_id, day)).
class MeteringBuilder : public QObject
{
    Q_OBJECT
public:
    MeteringBuilder(MeteringSources &sources, SqliteMeteringRecords &records,
                    Transactional &transactions, QObject *parent = nullptr);

    // Days settled while no builder ran (a crash between settling and building): every
    // wholly settled day from the latest one with a record on.
    void catchUp();
    // Returns the number of records written (new or still pending).
    int buildDay(const QDate &day);

public Q_SLOTS:
    // The settlement engine's signal; the accounts do not matter, since one record covers an
    // instance's lines of every account.
    void onDaySettled(const QDate &day, const QStringList &accountIds);

Q_SIGNALS:
    void recordsBuilt(const QDate &day, int count);

private:
    MeteringSources &m_sources;
    SqliteMeteringRecords &m_records;
    Transactional &m_transactions;
};

} // namespace billing::server
