#pragma once

#include "BillLineRating.h"
#include "SettlementWatermark.h"
#include "SqlStatement.h"
#include "StorageError.h"

#include <ApiError.h>

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace billing::server {

class AccountStore;
class Clock;
class Transactional;
class WorkspaceStore;

// The settlement thread holds the write lock longer than usage in may wait (the server's
// event loop waits with it): the collector is asked to come back (503, Retry-After).
class SettlementBusy : public StorageError
{
public:
    SettlementBusy()
        : StorageError(QStringLiteral("the settlement is writing a day"))
    {}
};

// One usage record as the collector sent it, read and checked for shape.
struct UsageRecord {
    QString workspaceId;
    QString item;
    QDate day;
    qint64 quantityE4 = 0;
    std::optional<ApiError> invalid; // set when its fields were unreadable
};

// POST /api/v1/usage behind the collector key (billing.md "Usage in"): each record replaces
// the one before for its (workspace, item, day) until that day is settled. Refused per
// record: an unknown workspace or item, an item its site does not offer, a day in the future
// (Beijing day of the server clock), a locked workspace (validation_failed), and a day
// already settled for the workspace's account (409 usage_day_settled).
class UsageIntake
{
public:
    // `claimedThrough`: the last day the settlement has started on (SettlementScheduler).
    UsageIntake(const QSqlDatabase &db, WorkspaceStore &workspaces, AccountStore &accounts,
                Transactional &transactions, const Clock &clock, const BillingCatalogue &catalogue,
                std::function<QDate()> claimedThrough = {});

    // One result per record, in order: nullopt when stored, else why not. All stored ones
    // commit together. Throws SettlementBusy when the database stays locked for
    // kBusyTimeoutMs.
    QList<std::optional<ApiError>> accept(const QList<UsageRecord> &records);

    static constexpr int kBusyTimeoutMs = 250;

private:
    bool isSettled(const QString &accountId, const QDate &day, const QDate &settledThrough);
    Currency currencyOf(const QString &accountId);

    QSqlDatabase m_db;
    WorkspaceStore &m_workspaces;
    AccountStore &m_accounts;
    Transactional &m_transactions;
    const Clock &m_clock;
    const BillingCatalogue &m_catalogue;
    std::function<QDate()> m_claimedThrough;
    BillLineRating m_rating;
    SettlementWatermark m_watermark;
    SqlStatement m_settledDay;
    SqlStatement m_upsert;
    QHash<QString, Currency> m_currencies; // accounts never change their registration site
};

} // namespace billing::server
