#include "UsageIntake.h"

#include "AccountStore.h"
#include "BillingDay.h"
#include "Clock.h"
#include "SqliteDatabase.h"
#include "Transactional.h"
#include "WorkspaceStore.h"

#include <QSet>

#include "WriterTurns.h"

#include <sqlite3.h>

namespace billing::server {
namespace {
ApiError invalidField(const QString &field, const QString &why)
{
    return ApiError::make(ErrorCode::ValidationFailed, why, {{field, why}});
}

const WriterTurns::Policy kIntakeWait{UsageIntake::kBusyTimeoutMs, true};

// A shorter wait for the write lock while it lives; the server's usual wait afterwards.
class ShortBusyWait
{
public:
    ShortBusyWait(sqlite3 *connection, const WriterTurns::Policy &wait)
        : m_connection(connection)
    {
        WriterTurns::install(m_connection, wait);
    }
    ~ShortBusyWait() { WriterTurns::install(m_connection, WriterTurns::kServer); }
    ShortBusyWait(const ShortBusyWait &) = delete;
    ShortBusyWait &operator=(const ShortBusyWait &) = delete;

private:
    sqlite3 *m_connection;
};
} // namespace

UsageIntake::UsageIntake(const QSqlDatabase &db, WorkspaceStore &workspaces, AccountStore &accounts,
                         Transactional &transactions, const Clock &clock,
                         const BillingCatalogue &catalogue, std::function<QDate()> claimedThrough)
    : m_db(db)
    , m_workspaces(workspaces)
    , m_accounts(accounts)
    , m_transactions(transactions)
    , m_clock(clock)
    , m_catalogue(catalogue)
    , m_claimedThrough(std::move(claimedThrough))
    , m_rating(catalogue)
    , m_watermark(db)
    , m_settledDay(db,
                   QStringLiteral("SELECT 1 FROM settled_days WHERE account_id = ? AND day = ?"))
    , m_upsert(db, QStringLiteral("INSERT INTO usage (account_id, day, workspace_seq, item, "
                                  "quantity_e4, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT (account_id, day, workspace_seq, item) DO UPDATE "
                                  "SET quantity_e4 = excluded.quantity_e4, "
                                  "updated_at = excluded.updated_at"))
{}

bool UsageIntake::isSettled(const QString &accountId, const QDate &day, const QDate &settledThrough)
{
    if (settledThrough.isValid() && day <= settledThrough)
        return true;
    m_settledDay.bind(0, accountId).bind(1, billingday::text(day)).exec();
    const bool settled = m_settledDay.next();
    m_settledDay.finish();
    return settled;
}

Currency UsageIntake::currencyOf(const QString &accountId)
{
    auto it = m_currencies.constFind(accountId);
    if (it != m_currencies.cend())
        return *it;
    const auto account = m_accounts.findById(accountId);
    const Currency currency = m_rating.currencyOf(account ? account->site : QStringLiteral("cn1"));
    m_currencies.insert(accountId, currency);
    return currency;
}

QList<std::optional<ApiError>> UsageIntake::accept(const QList<UsageRecord> &records)
{
    QList<std::optional<ApiError>> results;
    results.reserve(records.size());
    QSet<QString> ids;
    for (const UsageRecord &record : records) {
        if (!record.invalid)
            ids.insert(record.workspaceId);
    }
    const QDateTime now = m_clock.now();
    const QDate today = billingday::of(now);

    std::optional<TransactionGuard> transaction;
    if (SqlStatement::isPostgres(m_db)) {
        transaction.emplace(m_transactions); // the settlement holds row locks, not the database
    } else {
        sqlite3 *connection = SqlStatement::connectionOf(m_db);
        const ShortBusyWait wait(connection, kIntakeWait);
        try {
            transaction.emplace(m_transactions);
        } catch (const StorageError &failure) {
            if ((sqlite3_errcode(connection) & 0xff) == SQLITE_BUSY
                || QByteArray(failure.what()).contains("locked"))
                throw SettlementBusy();
            throw;
        }
    }
    QHash<QString, StoredWorkspace> workspaces;
    for (StoredWorkspace &row : m_workspaces.findByIds(QStringList(ids.cbegin(), ids.cend())))
        workspaces.insert(row.workspace.id, std::move(row));
    // Claimed: a settlement run (maybe another process's) has begun those days.
    QDate settledThrough = m_watermark.claimedThrough();
    if (m_claimedThrough) {
        const QDate claimed = m_claimedThrough();
        if (claimed.isValid() && (!settledThrough.isValid() || claimed > settledThrough))
            settledThrough = claimed;
    }
    for (const UsageRecord &record : records) {
        if (record.invalid) {
            results.append(record.invalid);
            continue;
        }
        const auto found = workspaces.constFind(record.workspaceId);
        if (found == workspaces.cend()) {
            results.append(
                invalidField(QStringLiteral("workspaceId"), QStringLiteral("No such workspace.")));
            continue;
        }
        const StoredWorkspace &stored = *found;
        if (!m_catalogue.find(record.item)) {
            results.append(
                invalidField(QStringLiteral("item"), QStringLiteral("Unknown billing item.")));
            continue;
        }
        if (!m_rating.rate(record.item, stored.workspace.site, currencyOf(stored.accountId),
                           record.quantityE4)) {
            results.append(invalidField(QStringLiteral("item"),
                                        QStringLiteral("Not offered on the workspace's site.")));
            continue;
        }
        if (record.day > today) {
            results.append(invalidField(QStringLiteral("day"), QStringLiteral("In the future.")));
            continue;
        }
        if (stored.workspace.status == WorkspaceStatus::Locked) {
            results.append(invalidField(QStringLiteral("workspaceId"),
                                        QStringLiteral("The workspace is locked.")));
            continue;
        }
        if (isSettled(stored.accountId, record.day, settledThrough)) {
            results.append(ApiError::make(ErrorCode::UsageDaySettled,
                                          QStringLiteral("That billing day is already settled.")));
            continue;
        }
        m_upsert.bind(0, stored.accountId)
            .bind(1, billingday::text(record.day))
            .bind(2, stored.seq)
            .bind(3, record.item)
            .bind(4, record.quantityE4)
            .bind(5, now.toSecsSinceEpoch())
            .exec();
        results.append(std::nullopt);
    }
    transaction->commit();
    return results;
}

} // namespace billing::server
