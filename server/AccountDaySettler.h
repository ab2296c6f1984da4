#pragma once

#include "BillLineRating.h"
#include "BillLineWriter.h"
#include "DayEndSettlement.h"
#include "SqlStatement.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <atomic>

namespace billing::server {

class Database;
class WalletCharging;

// Settles one account's billing day on the engine's connection: rates each (workspace, item)
// with a quantity into a bill line and adds the lines into the day and month aggregates, in
// chunks of whole workspaces, each its own short transaction (the write lock is held for one
// chunk, not the day); then records the day in settled_days and has the wallet charge the
// billing_center lines. A chunk is all or nothing and the next one starts after the greatest
// workspace with a line that day, so a run cut short (a crash) is finished by the next without
// billing anything twice; a day already in settled_days is left alone.
class AccountDaySettler
{
public:
    AccountDaySettler(Database &db, const BillingCatalogue &catalogue, WalletCharging *wallet);

    struct Result {
        bool settled = false; // false: it was settled before, or stopped between chunks
        bool stopped = false; // `stop` was set: the rest is settled by the next run
        qint64 chargedCents = 0;
        int lines = 0;
    };
    // `stop` is read between chunks.
    Result settle(const QString &accountId, const QString &registrationSite, const QDate &day,
                  const QDateTime &at, const std::atomic_bool *stop = nullptr);

    // Workspaces per chunk: with six items about 3 000 lines, some 60 ms of writing (the
    // longest a request waiting to write waits).
    static constexpr int kChunkWorkspaces = 500;

private:
    struct Day {
        QString accountId;
        QString text;
        QString month;
        qint64 endSecs = 0;
        Currency currency{};
        QString currencyText;
    };
    struct Chunk {
        qint64 lastSeq = 0; // 0: no usage after the resume point
        int lines = 0;
        bool complete = false; // the day's usage ended inside this chunk
    };
    struct Payer {
        QString workspaceId;
        QString workspaceName;
        QString site;
        SettlementState state; // at the day's end
    };
    QHash<qint64, Payer> payers(const Day &day, qint64 afterSeq, qint64 lastSeq);
    Chunk settleChunk(const Day &day, qint64 afterSeq);
    qint64 resumePoint(const Day &day);
    qint64 finish(const Day &day, const QDate &date, const QDateTime &at);
    struct DayTotal {
        qint64 amountCents = 0;
        qint64 quantityE4 = 0;
        int lines = 0;
    };
    void writeDayTotals(const QString &accountId, const QString &day,
                        const QHash<QString, DayTotal> &totals);

    Database &m_db;
    BillLineRating m_rating;
    WalletCharging *m_wallet;
    DayEndSettlement m_dayEnd;
    SqlStatement m_isSettled;
    SqlStatement m_chunkRange;
    SqlStatement m_usage;
    SqlStatement m_workspaces;
    BillLineWriter m_lines;
    SqlStatement m_addMonth;
    SqlStatement m_addDayTotal;
    SqlStatement m_markSettled;
    SqlStatement m_lastBilledSeq;
    SqlStatement m_chargedCents;
};

} // namespace billing::server
