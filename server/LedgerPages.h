#pragma once

#include "SqlStatement.h"
#include "WalletTables.h"

namespace billing::server {

struct LedgerPage {
    QList<LedgerEntry> items; // newest first
    qint64 nextSeq = 0;       // 0 at the end
    qint64 total = 0;
};

// GET /account/ledger: an account's entries newest first, optionally of one period
// (a Beijing-time month), keyset-paged by seq.
class LedgerPages
{
public:
    explicit LedgerPages(const QSqlDatabase &db);

    // `from`/`to` bound `at` (from inclusive, to exclusive); invalid: unbounded.
    LedgerPage page(const QString &accountId, const QDateTime &from, const QDateTime &to,
                    qint64 beforeSeq, int limit);

private:
    SqlStatement m_page;
    SqlStatement m_count;
};

} // namespace billing::server
