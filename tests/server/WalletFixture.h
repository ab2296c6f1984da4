#pragma once

// The wallet's parts on a real SQLite file, wired as the server wires them, with a clock the
// test sets; the settlement engine is played by settleDay() (its settled_days row and its
// chargeDay call in one transaction, like the engine's per-account-day transaction).
#include "ArrearsLock.h"
#include "Clock.h"
#include "EventRecorder.h"
#include "Mailer.h"
#include "SqlStatement.h"
#include "SqliteAccountStore.h"
#include "SqliteDatabase.h"
#include "SqliteEventStore.h"
#include "SqliteInstanceStore.h"
#include "SqliteMailStore.h"
#include "SqliteWorkspaceStore.h"
#include "Transactional.h"
#include "WalletLedger.h"
#include "WalletService.h"
#include "WorkspaceService.h"

#include <BillingCatalogue.h>
#include <SiteTable.h>

#include <QTemporaryDir>

#include <memory>

namespace billing::test {

using namespace billing::server;

class FixedClock : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(16, 0), Qt::UTC); // 00:00 Beijing
};

struct WalletFixture {
    QTemporaryDir dir;
    SqliteDatabase db;
    FixedClock clock;
    std::unique_ptr<SqliteAccountStore> accounts;
    std::unique_ptr<SqliteWorkspaceStore> workspaces;
    std::unique_ptr<SqliteEventStore> events;
    std::unique_ptr<SqliteMailStore> mails;
    std::unique_ptr<SqliteInstanceStore> instances;
    std::unique_ptr<Mailer> mailer;
    std::unique_ptr<EventRecorder> recorder;
    std::unique_ptr<WalletLedger> ledger;
    std::unique_ptr<ArrearsLock> arrears;
    std::unique_ptr<WalletService> wallets;
    std::unique_ptr<WorkspaceService> workspaceService; // the lock sweep, settlement changes

    QString path() const { return dir.filePath(QStringLiteral("wallet.db")); }

    bool open(QString *error)
    {
        if (!db.open(path(), error))
            return false;
        const QSqlDatabase handle = db.handle();
        accounts = std::make_unique<SqliteAccountStore>(handle);
        workspaces = std::make_unique<SqliteWorkspaceStore>(handle);
        events = std::make_unique<SqliteEventStore>(handle);
        mails = std::make_unique<SqliteMailStore>(handle);
        instances = std::make_unique<SqliteInstanceStore>(handle);
        mailer = std::make_unique<Mailer>(*mails, clock, QString());
        recorder = std::make_unique<EventRecorder>(*events);
        ledger = std::make_unique<WalletLedger>(BillingCatalogue::builtIn());
        arrears = std::make_unique<ArrearsLock>(*workspaces, *recorder);
        wallets = std::make_unique<WalletService>(*ledger, *arrears, *accounts, *mailer, db, handle,
                                                  clock);
        workspaceService = std::make_unique<WorkspaceService>(
            *workspaces, *instances, *accounts, *recorder, db, clock, SiteTable::builtIn());
        return true;
    }

    QString addAccount(const QString &username, const QString &site = QStringLiteral("cn1"))
    {
        Account account;
        account.id = QStringLiteral("acc_") + username;
        account.username = username;
        account.email = username + QStringLiteral("@example.com");
        account.site = site;
        account.createdAt = clock.now().addDays(-30);
        accounts->insert(account, QByteArrayLiteral("hash"));
        return account.id;
    }

    StoredWorkspace addWorkspace(const QString &accountId, const QString &name,
                                 SettlementMethod method = SettlementMethod::BillingCenter)
    {
        StoredWorkspace stored;
        stored.accountId = accountId;
        Workspace &ws = stored.workspace;
        ws.id = QStringLiteral("ws_") + name;
        ws.name = name;
        ws.site = QStringLiteral("cn1");
        ws.language = QStringLiteral("en");
        ws.settlement.method = method;
        ws.settlement.since = clock.now().addDays(-20);
        ws.version = 1;
        ws.createdAt = ws.settlement.since;
        ws.updatedAt = ws.createdAt;
        TransactionGuard transaction(db);
        recorder->created(stored, EventOrigin::ofSystem());
        workspaces->insert(stored);
        transaction.commit();
        return stored;
    }

    // The settlement engine's part: the day settled for the account and its wallet charged.
    void settleDay(const QString &accountId, const QDate &day, qint64 cents)
    {
        TransactionGuard transaction(db);
        SqlStatement(db.handle(), QStringLiteral("INSERT INTO settled_days (account_id, day, "
                                                 "settled_at, charged_cents) VALUES (?,?,?,?)"))
            .bind(0, accountId)
            .bind(1, day.toString(Qt::ISODate))
            .bind(2, clock.now().toSecsSinceEpoch())
            .bind(3, cents)
            .exec();
        ledger->chargeDay(db.handle(), accountId, day, cents, clock.now());
        transaction.commit();
    }

    qint64 integer(const QString &sql, const QVariantList &values = {})
    {
        SqlStatement statement(db.handle(), sql);
        for (int i = 0; i < values.size(); ++i)
            statement.bind(i, values.at(i));
        statement.exec();
        return statement.next() ? statement.integer(0) : -1;
    }

    qint64 mailCount(const QString &accountId, const QString &subjectPart)
    {
        return integer(QStringLiteral("SELECT count(*) FROM mails WHERE account_id = ? AND "
                                      "instr(subject, ?) > 0"),
                       {accountId, subjectPart});
    }

    std::optional<StoredWorkspace> workspace(const QString &id) { return workspaces->findById(id); }
};

} // namespace billing::test
