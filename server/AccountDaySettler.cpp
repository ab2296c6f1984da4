#include "AccountDaySettler.h"

#include "BillingDay.h"
#include "Database.h"
#include "WalletCharging.h"
#include "WriterTurns.h"

#include <QHash>

namespace billing::server {
namespace {
const QChar kKeySeparator = QChar(0x1f);
const QString kBillingCenter = QStringLiteral("billing_center");
const QString kLocked = QStringLiteral("locked");

// The next chunk of an account's day: its number of workspaces with usage and the last of
// them. A chunk is a range of workspaces, so that no statement reads past it (PostgreSQL sends
// a statement's every row: reading the rest of the day for each chunk cost the square of it).
const QString kChunkRange =
    QStringLiteral("SELECT count(*), COALESCE(max(workspace_seq), 0) FROM (SELECT DISTINCT "
                   "workspace_seq FROM usage WHERE account_id = ? AND day = ? AND "
                   "workspace_seq > ? AND quantity_e4 > 0 ORDER BY workspace_seq LIMIT ?) chunk");
// The usage of one account and day in a range of workspaces, in the order of its key (no sort).
const QString kUsage =
    QStringLiteral("SELECT workspace_seq, item, quantity_e4 FROM usage "
                   "WHERE account_id = ? AND day = ? AND workspace_seq > ? AND workspace_seq <= ? "
                   "AND quantity_e4 > 0 ORDER BY workspace_seq, item");
// The rows of a range's workspaces with usage, and the time of each one's newest event.
const QString kWorkspaces = QStringLiteral(
    "SELECT w.seq, w.id, w.name, w.site, w.method, COALESCE(w.instance_id, ''), w.status, "
    "COALESCE(w.last_event_seq, 0), COALESCE(e.at, 0) FROM workspaces w "
    "LEFT JOIN events e ON e.seq = w.last_event_seq WHERE w.seq IN (SELECT workspace_seq FROM "
    "usage WHERE account_id = ? AND day = ? AND workspace_seq > ? AND workspace_seq <= ?)");
} // namespace

AccountDaySettler::AccountDaySettler(Database &db, const BillingCatalogue &catalogue,
                                     WalletCharging *wallet)
    : m_db(db)
    , m_rating(catalogue)
    , m_wallet(wallet)
    , m_dayEnd(db.handle())
    , m_isSettled(db.handle(),
                  QStringLiteral("SELECT 1 FROM settled_days WHERE account_id = ? AND day = ?"))
    , m_chunkRange(db.handle(), kChunkRange)
    , m_usage(db.handle(), kUsage)
    , m_workspaces(db.handle(), kWorkspaces)
    , m_lines(db.handle())
    // A chunk's lines into the month's workspace totals in one statement, inside SQLite.
    , m_addMonth(db.handle(),
                 QStringLiteral("INSERT INTO bill_workspace_months (account_id, month, "
                                "workspace_seq, item, amount_cents) SELECT account_id, ?, "
                                "workspace_seq, item, amount_cents FROM bill_lines "
                                "WHERE account_id = ? AND day = ? AND workspace_seq > ? "
                                "AND workspace_seq <= ? ON CONFLICT (account_id, month, "
                                "workspace_seq, item) DO UPDATE "
                                "SET amount_cents = bill_workspace_months.amount_cents + "
                                "excluded.amount_cents"))
    , m_addDayTotal(
          db.handle(),
          QStringLiteral("INSERT INTO bill_day_totals (account_id, day, payer_method, "
                         "payer_instance, site, item, amount_cents, quantity_e4, lines) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, day, "
                         "payer_method, payer_instance, site, item) DO UPDATE SET "
                         "amount_cents = bill_day_totals.amount_cents + excluded.amount_cents, "
                         "quantity_e4 = bill_day_totals.quantity_e4 + excluded.quantity_e4, "
                         "lines = bill_day_totals.lines + excluded.lines"))
    , m_markSettled(db.handle(),
                    QStringLiteral("INSERT INTO settled_days (account_id, day, settled_at, "
                                   "charged_cents) VALUES (?, ?, ?, ?)"))
    // The resume point: the chunk that wrote this workspace's lines wrote all before it.
    , m_lastBilledSeq(db.handle(), QStringLiteral("SELECT max(workspace_seq) FROM bill_lines "
                                                  "WHERE account_id = ? AND day = ?"))
    , m_chargedCents(db.handle(),
                     QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM bill_day_totals "
                                    "WHERE account_id = ? AND day = ? "
                                    "AND payer_method = 'billing_center'"))
{}

AccountDaySettler::Result AccountDaySettler::settle(const QString &accountId,
                                                    const QString &registrationSite,
                                                    const QDate &day, const QDateTime &at,
                                                    const std::atomic_bool *stop)
{
    Result result;
    Day settling;
    settling.accountId = accountId;
    settling.text = billingday::text(day);
    settling.month = billingday::monthText(day);
    settling.endSecs = billingday::endOf(day).toSecsSinceEpoch();
    settling.currency = m_rating.currencyOf(registrationSite);
    settling.currencyText = toWire(settling.currency);

    m_isSettled.bind(0, accountId).bind(1, settling.text).exec();
    const bool done = m_isSettled.next();
    m_isSettled.finish();
    if (done)
        return result;

    qint64 afterSeq = resumePoint(settling);
    for (;;) {
        const Chunk chunk = settleChunk(settling, afterSeq);
        result.lines += chunk.lines;
        if (chunk.complete)
            break;
        afterSeq = chunk.lastSeq;
        if (stop && stop->load()) {
            result.stopped = true;
            return result;
        }
        WriterTurns::yieldToWaitingWriters();
    }
    result.chargedCents = finish(settling, day, at);
    result.settled = true;
    return result;
}

qint64 AccountDaySettler::resumePoint(const Day &day)
{
    m_lastBilledSeq.bind(0, day.accountId).bind(1, day.text).exec();
    const qint64 seq = m_lastBilledSeq.next() ? m_lastBilledSeq.integer(0) : 0;
    m_lastBilledSeq.finish();
    return seq;
}

// Where each workspace of the chunk's range stood at the day's end, by its seq.
QHash<qint64, AccountDaySettler::Payer> AccountDaySettler::payers(const Day &day, qint64 afterSeq,
                                                                  qint64 lastSeq)
{
    QHash<qint64, Payer> found;
    m_workspaces.bind(0, day.accountId).bind(1, day.text).bind(2, afterSeq).bind(3, lastSeq).exec();
    while (m_workspaces.next()) {
        const SettlementState now{m_workspaces.text(4), m_workspaces.text(5), m_workspaces.text(6)};
        found.insert(
            m_workspaces.integer(0),
            Payer{m_workspaces.text(1), m_workspaces.text(2), m_workspaces.text(3),
                  m_dayEnd.at(day.endSecs, now, m_workspaces.integer(7), m_workspaces.integer(8))});
    }
    m_workspaces.finish();
    return found;
}

AccountDaySettler::Chunk AccountDaySettler::settleChunk(const Day &day, qint64 afterSeq)
{
    Chunk chunk;
    m_lines.discard(); // what a chunk that failed (and rolled back) had not written yet
    TransactionGuard transaction(m_db);
    m_chunkRange.bind(0, day.accountId)
        .bind(1, day.text)
        .bind(2, afterSeq)
        .bind(3, kChunkWorkspaces)
        .exec();
    const qint64 workspaces = m_chunkRange.next() ? m_chunkRange.integer(0) : 0;
    chunk.lastSeq = workspaces > 0 ? m_chunkRange.integer(1) : 0;
    m_chunkRange.finish();
    chunk.complete = workspaces < kChunkWorkspaces;
    if (workspaces == 0) {
        transaction.commit();
        return chunk;
    }
    const QHash<qint64, Payer> payerOf = payers(day, afterSeq, chunk.lastSeq);
    // A workspace gone has nothing to bill its usage to, as a locked one (billing.md).
    const Payer gone{{}, {}, {}, SettlementState{{}, {}, kLocked}};
    QHash<QString, DayTotal> totals;
    m_usage.bind(0, day.accountId).bind(1, day.text).bind(2, afterSeq).bind(3, chunk.lastSeq);
    m_usage.exec();
    while (m_usage.next()) {
        const qint64 seq = m_usage.integer(0);
        const auto found = payerOf.constFind(seq);
        const Payer &payer = found == payerOf.constEnd() ? gone : *found;
        if (payer.state.status == kLocked)
            continue; // a locked workspace produces no usage (billing.md)
        const QString item = m_usage.text(1);
        const qint64 quantity = m_usage.integer(2);
        const auto rated = m_rating.rate(item, payer.site, day.currency, quantity);
        if (!rated)
            continue; // refused at intake; the catalogue may have changed since
        const bool charged = payer.state.method == kBillingCenter;
        const QString instance = charged ? QString() : payer.state.instanceId;
        m_lines.add({day.accountId, day.text, seq, payer.workspaceId, payer.workspaceName,
                     payer.site, item, quantity, rated->unit, rated->unitPriceMicros,
                     day.currencyText, rated->amountCents, payer.state.method, instance,
                     charged ? QStringLiteral("charged") : QStringLiteral("pending_push")});
        DayTotal &total = totals[payer.state.method + kKeySeparator + instance + kKeySeparator
                                 + payer.site + kKeySeparator + item];
        total.amountCents += rated->amountCents;
        total.quantityE4 += quantity;
        ++total.lines;
        ++chunk.lines;
    }
    m_usage.finish();
    m_lines.flush();
    m_addMonth.bind(0, day.month)
        .bind(1, day.accountId)
        .bind(2, day.text)
        .bind(3, afterSeq)
        .bind(4, chunk.lastSeq)
        .exec();
    writeDayTotals(day.accountId, day.text, totals);
    transaction.commit();
    return chunk;
}

qint64 AccountDaySettler::finish(const Day &day, const QDate &date, const QDateTime &at)
{
    TransactionGuard transaction(m_db);
    m_chargedCents.bind(0, day.accountId).bind(1, day.text).exec();
    const qint64 charged = m_chargedCents.next() ? m_chargedCents.integer(0) : 0;
    m_chargedCents.finish();
    m_markSettled.bind(0, day.accountId)
        .bind(1, day.text)
        .bind(2, at.toSecsSinceEpoch())
        .bind(3, charged)
        .exec();
    if (m_wallet && charged > 0)
        m_wallet->chargeDay(m_db.handle(), day.accountId, date, charged, at);
    transaction.commit();
    return charged;
}

void AccountDaySettler::writeDayTotals(const QString &accountId, const QString &day,
                                       const QHash<QString, DayTotal> &totals)
{
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        const QStringList key = it.key().split(kKeySeparator);
        m_addDayTotal.bind(0, accountId)
            .bind(1, day)
            .bind(2, key.at(0))
            .bind(3, key.at(1))
            .bind(4, key.at(2))
            .bind(5, key.at(3))
            .bind(6, it->amountCents)
            .bind(7, it->quantityE4)
            .bind(8, it->lines)
            .exec();
    }
}

} // namespace billing::server
