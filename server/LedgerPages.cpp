#include "LedgerPages.h"

#include <limits>

namespace billing::server {
namespace {
constexpr qint64 kNoSeqBound = std::numeric_limits<qint64>::max();

std::optional<LedgerKind> kindFromWire(const QString &wire)
{
    for (const LedgerKind kind :
         {LedgerKind::Recharge, LedgerKind::VoucherGranted, LedgerKind::VoucherExpired,
          LedgerKind::Charge, LedgerKind::Refund}) {
        if (toWire(kind) == wire)
            return kind;
    }
    return std::nullopt;
}

qint64 secondsOr(const QDateTime &time, qint64 fallback)
{
    return time.isValid() ? time.toSecsSinceEpoch() : fallback;
}
} // namespace

LedgerPages::LedgerPages(const QSqlDatabase &db)
    : m_page(db, QStringLiteral("SELECT seq, id, at, kind, amount_cents, balance_after_cents, "
                                "cash_after_cents, from_vouchers_cents, voucher_id, day "
                                "FROM ledger WHERE account_id = ? AND at >= ? AND at < ? "
                                "AND seq < ? ORDER BY seq DESC LIMIT ?"))
    , m_count(db, QStringLiteral("SELECT count(*) FROM ledger WHERE account_id = ? AND at >= ? "
                                 "AND at < ?"))
{}

LedgerPage LedgerPages::page(const QString &accountId, const QDateTime &from, const QDateTime &to,
                             qint64 beforeSeq, int limit)
{
    const qint64 lower = secondsOr(from, std::numeric_limits<qint64>::min());
    const qint64 upper = secondsOr(to, std::numeric_limits<qint64>::max());
    LedgerPage page;
    m_page.bind(0, accountId)
        .bind(1, lower)
        .bind(2, upper)
        .bind(3, beforeSeq > 0 ? beforeSeq : kNoSeqBound)
        .bind(4, limit + 1)
        .exec();
    while (m_page.next()) {
        LedgerEntry entry;
        entry.seq = m_page.integer(0);
        entry.id = m_page.text(1);
        entry.at = m_page.time(2);
        entry.kind = kindFromWire(m_page.text(3)).value_or(LedgerKind::Charge);
        entry.amountCents = m_page.integer(4);
        entry.balanceCents = m_page.integer(5);
        entry.cashCents = m_page.integer(6);
        entry.fromVouchersCents = m_page.integer(7);
        entry.voucherId = m_page.text(8);
        entry.day = QDate::fromString(m_page.text(9), Qt::ISODate);
        page.items.append(entry);
    }
    m_page.finish();
    if (page.items.size() > limit) {
        page.items.resize(limit);
        page.nextSeq = page.items.constLast().seq;
    }
    m_count.bind(0, accountId).bind(1, lower).bind(2, upper).exec();
    page.total = m_count.next() ? m_count.integer(0) : 0;
    m_count.finish();
    return page;
}

} // namespace billing::server
