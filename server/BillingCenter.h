#pragma once

#include "ServerOptions.h"

#include <QObject>

#include <functional>
#include <memory>

namespace billing::server {

class AccountService;
class BillLineQuery;
class BillStatements;
class SettlementScheduler;
class UsageIntake;
class WalletCharging;
class WorkspaceChangeLog;
class AddressRateLimiter;
class ArrearsLock;
class Authenticator;
class DemoSeeder;
class EventRecorder;
class EventService;
class HttpServerAdapter;
class IdempotencyStore;
class LedgerPages;
class LoginThrottle;
class Mailer;
class MarketplaceService;
class MeteringBuilder;
class Marketplaces;
class MeteringSources;
class OffsetClock;
class PasswordHasher;
class RequestDispatcher;
class Router;
class SessionReplyRedaction;
class SessionService;
class SqliteAccountStore;
class Database;
class JobLeadership;
class SqliteEventStore;
class SqliteIdempotencyRecords;
class SqliteInstanceStore;
class SqliteMailStore;
class SqliteMeteringRecords;
class SqliteSessionStore;
class SqliteVerificationCodeStore;
class SqliteWorkspaceStore;
class WalCheckpointer;
class WalletLedger;
class WalletService;
class SystemClock;
class WorkspaceService;
class WorkerPool;
struct Handlers;

// The composition root: builds storage, services, handlers and the HTTP server from the
// options, and owns them all (destroyed in reverse, so the database closes last).
class BillingCenter : public QObject
{
    Q_OBJECT
public:
    explicit BillingCenter(ServerOptions options, QObject *parent = nullptr);
    ~BillingCenter() override;

    bool open(QString *error);                  // database, schema, services, routes
    void seedDemo(int workspaces, int history); // --demo-workspaces, --demo-history
    bool listen(QString *error);                // binds; port() then tells where
    quint16 port() const { return m_port; }
    // "METHOD /pattern none|bearer" per route, for --list-routes (the authorisation tests).
    QStringList routeTable() const;
    // The settlement engine's scheduler (its daySettled signal: see SettlementScheduler.h);
    // null before open().
    SettlementScheduler *settlement() const { return m_settlement.get(); }
    // Stops accepting, lets queued replies drain (at most a few seconds), then calls done.
    void shutdown(std::function<void()> done);

private:
    // Log-ins and registrations waiting for a worker thread before new ones answer 503.
    static constexpr int kMaxQueuedWork = 64;
    void buildRoutes();
    void purgeExpired();
    void settleDue();
    void startMetering();
    void seedDemoBills(const QString &demoAccountId, qint64 firstCashCents);

    WalletCharging *m_walletCharging = nullptr; // the wallet, when it is built

    ServerOptions m_options;
    quint16 m_port = 0;
    std::unique_ptr<OffsetClock> m_clock;
    std::unique_ptr<SystemClock> m_systemClock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JobLeadership> m_leadership;
    std::unique_ptr<SqliteAccountStore> m_accounts;
    std::unique_ptr<SqliteSessionStore> m_sessions;
    std::unique_ptr<SqliteVerificationCodeStore> m_codes;
    std::unique_ptr<SqliteWorkspaceStore> m_workspaces;
    std::unique_ptr<WorkspaceChangeLog> m_changeLog;
    std::unique_ptr<SqliteEventStore> m_events;
    std::unique_ptr<SqliteInstanceStore> m_instances;
    std::unique_ptr<SqliteMailStore> m_mails;
    std::unique_ptr<SqliteIdempotencyRecords> m_idempotencyRecords;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<LoginThrottle> m_loginThrottle;
    std::unique_ptr<AddressRateLimiter> m_rateLimiter;
    std::unique_ptr<Mailer> m_mailer;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<SessionService> m_sessionService;
    std::unique_ptr<AccountService> m_accountService;
    std::unique_ptr<EventRecorder> m_eventRecorder;
    std::unique_ptr<WorkspaceService> m_workspaceService;
    std::unique_ptr<EventService> m_eventService;
    std::unique_ptr<MarketplaceService> m_marketplace;
    std::unique_ptr<WalletLedger> m_walletLedger;
    std::unique_ptr<ArrearsLock> m_arrearsLock;
    std::unique_ptr<WalletService> m_wallets;
    std::unique_ptr<LedgerPages> m_ledgerPages;
    std::unique_ptr<SqliteMeteringRecords> m_meteringRecords;
    std::unique_ptr<MeteringSources> m_meteringSources;
    std::unique_ptr<MeteringBuilder> m_meteringBuilder;
    std::unique_ptr<Marketplaces> m_marketplaces;
    std::unique_ptr<UsageIntake> m_usageIntake;
    std::unique_ptr<BillStatements> m_billStatements;
    std::unique_ptr<BillLineQuery> m_billLines;
    std::unique_ptr<SettlementScheduler> m_settlement;
    std::unique_ptr<Handlers> m_handlers;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<SessionReplyRedaction> m_sessionReplies;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
    std::unique_ptr<WorkerPool> m_workers;
    std::unique_ptr<HttpServerAdapter> m_http;
};

} // namespace billing::server
