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

// The usage of one account and day after a workspace, in the order of its key (no sort).
const QString kUsage =
    QStringLiteral("SELECT workspace_seq, item, quantity_e4 FROM usage "
                   "WHERE account_id = ? AND day = ? AND workspace_seq > ? AND quantity_e4 > 0 "
                   "ORDER BY workspace_seq, item");
// A workspace's row and the time of its newest event, read once per workspace rather than
// joined into each of its usage rows.
const QString kWorkspace =
    QStringLiteral("SELECT w.id, w.name, w.site, w.method, COALESCE(w.instance_id, ''), w.status, "
                   "COALESCE(w.last_event_seq, 0), COALESCE(e.at, 0) FROM workspaces w "
                   "LEFT JOIN events e ON e.seq = w.last_event_seq WHERE w.seq = ?");
} // namespace

AccountDaySettler::AccountDaySettler(Database &db, const BillingCatalogue &catalogue,
                                     WalletCharging *wallet)
    : m_db(db)
    , m_rating(catalogue)
    , m_wallet(wallet)
    , m_dayEnd(db.handle())
    , m_isSettled(db.handle(),
                  QStringLiteral("SELECT 1 FROM settled_days WHERE account_id = ? AND day = ?"))
    , m_usage(db.handle(), kUsage)
    , m_workspace(db.handle(), kWorkspace)
    , m_insertLine(
          db.handle(),
          QStringLiteral("INSERT INTO bill_lines (account_id, day, workspace_seq, workspace_id, "
                         "workspace_name, site, item, quantity_e4, unit, unit_price_micros, "
                         "currency, amount_cents, payer_method, payer_instance, status) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
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

AccountDaySettler::Chunk AccountDaySettler::settleChunk(const Day &day, qint64 afterSeq)
{
    Chunk chunk;
    QHash<QString, DayTotal> totals;
    qint64 currentSeq = 0;
    int workspaces = 0;
    SettlementState payer;
    QString workspaceId;
    QString workspaceName;
    QString site;
    bool full = false;
    TransactionGuard transaction(m_db);
    m_usage.bind(0, day.accountId).bind(1, day.text).bind(2, afterSeq).exec();
    while (m_usage.next()) {
        const qint64 seq = m_usage.integer(0);
        if (seq != currentSeq) {
            if (workspaces == kChunkWorkspaces) {
                full = true; // ends on a workspace boundary: this one starts the next chunk
                break;
            }
            ++workspaces;
            currentSeq = seq;
            m_workspace.bind(0, seq).exec();
            if (m_workspace.next()) {
                const SettlementState now{m_workspace.text(3), m_workspace.text(4),
                                          m_workspace.text(5)};
                payer =
                    m_dayEnd.at(day.endSecs, now, m_workspace.integer(6), m_workspace.integer(7));
                workspaceId = m_workspace.text(0);
                workspaceName = m_workspace.text(1);
                site = m_workspace.text(2);
            } else {
                payer = SettlementState{{}, {}, kLocked}; // gone: nothing to bill it to
            }
            m_workspace.finish();
        }
        if (payer.status == kLocked)
            continue; // a locked workspace produces no usage (billing.md)
        const QString item = m_usage.text(1);
        const qint64 quantity = m_usage.integer(2);
        const auto rated = m_rating.rate(item, site, day.currency, quantity);
        if (!rated)
            continue; // refused at intake; the catalogue may have changed since
        const bool charged = payer.method == kBillingCenter;
        const QString instance = charged ? QString() : payer.instanceId;
        m_insertLine.bind(0, day.accountId)
            .bind(1, day.text)
            .bind(2, seq)
            .bind(3, workspaceId)
            .bind(4, workspaceName)
            .bind(5, site)
            .bind(6, item)
            .bind(7, quantity)
            .bind(8, rated->unit)
            .bind(9, rated->unitPriceMicros)
            .bind(10, day.currencyText)
            .bind(11, rated->amountCents)
            .bind(12, payer.method)
            .bind(13, instance)
            .bind(14, charged ? QStringLiteral("charged") : QStringLiteral("pending_push"))
            .exec();
        DayTotal &total = totals[payer.method + kKeySeparator + instance + kKeySeparator + site
                                 + kKeySeparator + item];
        total.amountCents += rated->amountCents;
        total.quantityE4 += quantity;
        ++total.lines;
        ++chunk.lines;
    }
    m_usage.finish();
    if (currentSeq != 0) {
        m_addMonth.bind(0, day.month)
            .bind(1, day.accountId)
            .bind(2, day.text)
            .bind(3, afterSeq)
            .bind(4, currentSeq)
            .exec();
        writeDayTotals(day.accountId, day.text, totals);
    }
    transaction.commit();
    chunk.lastSeq = currentSeq;
    chunk.complete = !full;
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
