#include "BillingCenter.h"

#include "AccountHandlers.h"
#include "AccountService.h"
#include "AddressRateLimiter.h"
#include "ArrearsLock.h"
#include "Authenticator.h"
#include "BillHandlers.h"
#include "BillLineQuery.h"
#include "BillStatements.h"
#include "BillingDay.h"
#include "DemoSeeder.h"
#include "DemoUsage.h"
#include "EventHandlers.h"
#include "EventRecorder.h"
#include "EventService.h"
#include "HttpServerAdapter.h"
#include "IdempotencyStore.h"
#include "JobLeadership.h"
#include "LedgerPages.h"
#include "Logging.h"
#include "LoginThrottle.h"
#include "Mailer.h"
#include "MarketplaceService.h"
#include "MeteringBuilder.h"
#include "MeteringHandlers.h"
#include "MeteringSources.h"
#include "NotificationHandlers.h"
#include "OffsetClock.h"
#include "OpenDatabase.h"
#include "PasswordHasher.h"
#include "RequestDispatcher.h"
#include "Router.h"
#include "SandboxHandlers.h"
#include "SandboxWalletHandlers.h"
#include "ServerSecret.h"
#include "SessionHandlers.h"
#include "SessionReplyRedaction.h"
#include "SessionService.h"
#include "SettlementBatchHandler.h"
#include "SettlementEngine.h"
#include "SettlementScheduler.h"
#include "SiteHandlers.h"
#include "SqliteAccountStore.h"
#include "SqliteEventStore.h"
#include "SqliteIdempotencyRecords.h"
#include "SqliteInstanceStore.h"
#include "SqliteMailStore.h"
#include "SqliteMeteringRecords.h"
#include "SqliteSessionStore.h"
#include "SqliteVerificationCodeStore.h"
#include "SqliteWorkspaceStore.h"
#include "StorageError.h"
#include "SystemClock.h"
#include "TlsFiles.h"
#include "UsageHandler.h"
#include "UsageIntake.h"
#include "WalCheckpointer.h"
#include "WalletHandlers.h"
#include "WalletLedger.h"
#include "WalletService.h"
#include "WorkerPool.h"
#include "WorkspaceChangeLog.h"
#include "WorkspaceHandlers.h"
#include "WorkspaceService.h"
#include "marketplaces/Marketplaces.h"

#include <BillingCatalogue.h>
#include <SiteTable.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <sodium.h>

namespace billing::server {
namespace {
constexpr int kPurgeIntervalMs = 10 * 60 * 1000;
// Ended lock countdowns and expired vouchers are applied this often (the countdowns by every
// write too): reads never write.
constexpr int kDueIntervalMs = 2000;
constexpr qint64 kDrainTimeoutMs = 5000;
// Before any usage is known: about two weeks of a demo workspace's usage, per workspace used.
constexpr qint64 kDemoFirstCashPerWorkspaceCents = 16'000; // 160.00
constexpr qint64 kDemoVoucherCents = 50'000;               // 500.00
constexpr int kDemoVoucherDays = 30;
constexpr int kDemoDaysCovered = 10; // the sandbox clock drains it into arrears in days
// Due metering records are looked for this often (real time); what is due follows the server
// clock, so a moved sandbox clock is seen within this interval.
constexpr int kMeteringPollMs = 1000;
} // namespace

// The endpoint families; kept together only for lifetime.
struct Handlers {
    std::unique_ptr<SiteHandlers> sites;
    std::unique_ptr<AccountHandlers> accounts;
    std::unique_ptr<SessionHandlers> sessions;
    std::unique_ptr<WorkspaceHandlers> workspaces;
    std::unique_ptr<SettlementBatchHandler> batch;
    std::unique_ptr<NotificationHandlers> notifications;
    std::unique_ptr<EventHandlers> events;
    std::unique_ptr<MeteringHandlers> metering;
    std::unique_ptr<SandboxHandlers> sandbox;
    std::unique_ptr<WalletHandlers> wallet;
    std::unique_ptr<SandboxWalletHandlers> sandboxWallet;
    std::unique_ptr<UsageHandler> usage;
    std::unique_ptr<BillHandlers> bills;
};

BillingCenter::BillingCenter(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

BillingCenter::~BillingCenter()
{
    // Members go in reverse order: the HTTP server first, the database last.
    m_http.reset();
    m_workers.reset();    // waits for work in flight; its replies are dropped with the sockets
    m_settlement.reset(); // joins the settlement thread before anything it uses goes
    if (m_db)
        qCInfo(lcServer) << "closing the database";
}

bool BillingCenter::open(QString *error)
{
    if (sodium_init() < 0) {
        *error = QStringLiteral("libsodium could not be initialised");
        return false;
    }
    const DatabaseLocation &database = m_options.database;
    if (const QFileInfo dbFile(database.path);
        !database.isPostgres() && !QDir().mkpath(dbFile.absolutePath())) {
        *error = QStringLiteral("cannot create the directory %1").arg(dbFile.absolutePath());
        return false;
    }
    if (!m_options.mailDir.isEmpty() && !QDir().mkpath(m_options.mailDir)) {
        *error = QStringLiteral("cannot create the mail directory %1").arg(m_options.mailDir);
        return false;
    }
    m_clock = std::make_unique<OffsetClock>();
    m_systemClock = std::make_unique<SystemClock>();
    m_db = openDatabase(database, ConnectionRole::Requests, error);
    if (!m_db) {
        *error = QStringLiteral("cannot open the database %1: %2").arg(database.display(), *error);
        return false;
    }
    try {
        const QSqlDatabase handle = m_db->handle();
        m_leadership = std::make_unique<JobLeadership>(handle);
        m_accounts = std::make_unique<SqliteAccountStore>(handle);
        m_sessions = std::make_unique<SqliteSessionStore>(handle);
        m_codes = std::make_unique<SqliteVerificationCodeStore>(handle);
        m_workspaces = std::make_unique<SqliteWorkspaceStore>(handle);
        m_changeLog = std::make_unique<WorkspaceChangeLog>(handle);
        m_events = std::make_unique<SqliteEventStore>(handle);
        m_instances = std::make_unique<SqliteInstanceStore>(handle);
        m_mails = std::make_unique<SqliteMailStore>(handle);
        m_idempotencyRecords = std::make_unique<SqliteIdempotencyRecords>(handle);
        if (!m_db->isPostgres())
            m_checkpointer = std::make_unique<WalCheckpointer>(handle);
        m_ledgerPages = std::make_unique<LedgerPages>(handle);
        m_meteringRecords = std::make_unique<SqliteMeteringRecords>(handle);
        m_meteringSources = std::make_unique<MeteringSources>(handle);
        TransactionGuard transaction(*m_db);
        SettlementWatermark(handle).initialise(billingday::of(m_clock->now()).addDays(-1));
        transaction.commit();
        m_billStatements = std::make_unique<BillStatements>(handle, BillingCatalogue::builtIn());
        m_billLines = std::make_unique<BillLineQuery>(handle);
    } catch (const StorageError &failure) {
        *error = QStringLiteral("database %1 is unusable: %2")
                     .arg(database.display(), QString::fromUtf8(failure.what()));
        return false;
    }
    const Clock &clock = *m_clock;
    m_hasher = std::make_unique<PasswordHasher>();
    // On PostgreSQL the processes count failed log-ins and requests together, in the database.
    m_loginThrottle = std::make_unique<LoginThrottle>(
        clock, LoginThrottle::kMaxFailures, LoginThrottle::kWindowSeconds,
        LoginThrottle::kMaxFailuresPerAddress,
        m_db->isPostgres() ? std::make_unique<SqlLoginFailureLog>(m_db->handle()) : nullptr);
    m_rateLimiter = std::make_unique<AddressRateLimiter>(
        clock, AddressRateLimiter::kLimit, AddressRateLimiter::kWindowSeconds,
        m_db->isPostgres() ? std::make_unique<SqlRequestWindows>(m_db->handle()) : nullptr);
    m_mailer = std::make_unique<Mailer>(*m_mails, clock, m_options.mailDir);
    const auto secret = loadOrCreateServerSecret(m_options.secretPath, error);
    if (!secret)
        return false;
    m_idempotency = std::make_unique<IdempotencyStore>(*m_idempotencyRecords, clock, *secret);
    m_workers = std::make_unique<WorkerPool>(WorkerPool::defaultThreads(), kMaxQueuedWork);
    m_authenticator = std::make_unique<Authenticator>(*m_sessions, *m_accounts, clock);
    m_sessionService = std::make_unique<SessionService>(*m_sessions, *m_accounts, *m_hasher,
                                                        *m_loginThrottle, clock);
    m_accountService = std::make_unique<AccountService>(*m_accounts, *m_codes, *m_sessionService,
                                                        *m_hasher, *m_mailer, *m_db, clock);
    m_eventRecorder = std::make_unique<EventRecorder>(*m_events);
    m_workspaceService =
        std::make_unique<WorkspaceService>(*m_workspaces, *m_instances, *m_accounts,
                                           *m_eventRecorder, *m_db, clock, SiteTable::builtIn());
    m_marketplace = std::make_unique<MarketplaceService>(*m_instances, *m_workspaces, *m_accounts,
                                                         *m_eventRecorder, *m_mailer, *m_db, clock);
    m_eventService = std::make_unique<EventService>(*m_events, *m_workspaceService);
    m_marketplaces = std::make_unique<Marketplaces>(Marketplaces::Services{
        *m_marketplace, *m_instances, *m_accounts, *m_mails, *m_db, m_db->handle(), *m_clock,
        *m_systemClock, m_options, [this] {
            return m_options.publicUrl.isEmpty() ? m_options.listeningUrl(m_port)
                                                 : m_options.publicUrl;
        }});
    m_walletLedger = std::make_unique<WalletLedger>(BillingCatalogue::builtIn());
    m_arrearsLock = std::make_unique<ArrearsLock>(*m_workspaces, *m_eventRecorder);
    m_wallets = std::make_unique<WalletService>(*m_walletLedger, *m_arrearsLock, *m_accounts,
                                                *m_mailer, *m_db, m_db->handle(), clock);
    m_walletCharging = m_walletLedger.get();
    SettlementWorker::BeforeDay beforeDay;
    if (m_options.sandbox && m_options.demoWorkspaces >= 0) {
        // Each day the sandbox clock passes gets demo usage before it is settled.
        auto demo = std::make_shared<std::unique_ptr<DemoUsage>>();
        beforeDay = [demo](Database &db, const QDate &day) {
            if (!*demo)
                *demo = std::make_unique<DemoUsage>(db.handle(), BillingCatalogue::builtIn());
            TransactionGuard transaction(db);
            (*demo)->addDay(day);
            transaction.commit();
        };
    }
    m_settlement = std::make_unique<SettlementScheduler>(database, clock, m_walletCharging,
                                                         std::move(beforeDay));
    SettlementScheduler *settlement = m_settlement.get();
    connect(settlement, &SettlementScheduler::daySettled, m_wallets.get(),
            &WalletService::onDaySettled);
    m_usageIntake = std::make_unique<UsageIntake>(
        m_db->handle(), *m_workspaces, *m_accounts, *m_db, clock, BillingCatalogue::builtIn(),
        [settlement] { return settlement->claimThrough(); });
    buildRoutes();
    if (m_leadership->leads(JobLeadership::Job::Sweeps))
        m_wallets->checkAll(); // a crash may have come between a settled day and its checks
    purgeExpired();
    startMetering();
    settleDue();
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &BillingCenter::purgeExpired);
    timer->start(kPurgeIntervalMs);
    auto *dueTimer = new QTimer(this);
    connect(dueTimer, &QTimer::timeout, this, &BillingCenter::settleDue);
    dueTimer->start(kDueIntervalMs);
    return true;
}

void BillingCenter::buildRoutes()
{
    const SiteTable &sites = SiteTable::builtIn();
    m_handlers = std::make_unique<Handlers>();
    Handlers &h = *m_handlers;
    h.sites = std::make_unique<SiteHandlers>(sites);
    h.accounts = std::make_unique<AccountHandlers>(*m_accountService, sites, *m_clock);
    h.sessions = std::make_unique<SessionHandlers>(*m_sessionService);
    h.workspaces = std::make_unique<WorkspaceHandlers>(*m_workspaceService, sites);
    h.batch = std::make_unique<SettlementBatchHandler>(*m_workspaceService);
    h.notifications = std::make_unique<NotificationHandlers>(*m_mails);
    h.events = std::make_unique<EventHandlers>(*m_eventService);
    m_router = std::make_unique<Router>();
    h.sites->registerRoutes(*m_router);
    h.accounts->registerRoutes(*m_router);
    h.sessions->registerRoutes(*m_router);
    h.workspaces->registerRoutes(*m_router);
    h.batch->registerRoutes(*m_router);
    h.notifications->registerRoutes(*m_router);
    h.events->registerRoutes(*m_router);
    m_marketplaces->registerRoutes(*m_router);
    h.wallet = std::make_unique<WalletHandlers>(*m_wallets, *m_ledgerPages);
    h.wallet->registerRoutes(*m_router);
    h.metering = std::make_unique<MeteringHandlers>(*m_meteringRecords);
    h.metering->registerRoutes(*m_router);
    h.usage = std::make_unique<UsageHandler>(*m_usageIntake, m_options.collectorKey);
    h.usage->registerRoutes(*m_router);
    h.bills = std::make_unique<BillHandlers>(*m_billStatements, *m_billLines, *m_workspaces,
                                             BillingCatalogue::builtIn());
    h.bills->registerRoutes(*m_router);
    if (m_options.sandbox) {
        h.sandbox = std::make_unique<SandboxHandlers>(*m_marketplace, *m_mails, *m_clock,
                                                      [this] { settleDue(); });
        h.sandbox->registerRoutes(*m_router);
        h.sandboxWallet =
            std::make_unique<SandboxWalletHandlers>(*m_wallets, *m_accounts, *m_clock);
        h.sandboxWallet->registerRoutes(*m_router);
        qCWarning(lcServer) << "sandbox endpoints enabled: not for production";
    }
    m_sessionReplies = std::make_unique<SessionReplyRedaction>(*m_sessionService);
    m_dispatcher =
        std::make_unique<RequestDispatcher>(*m_router, *m_authenticator, *m_idempotency,
                                            *m_rateLimiter, *m_sessionReplies, *m_db, *m_workers);
}

QStringList BillingCenter::routeTable() const
{
    QStringList lines;
    for (const Router::Route &route : m_router->routes()) {
        lines << QStringLiteral("%1 %2 %3")
                     .arg(QString::fromLatin1(route.method), route.pattern,
                          route.options.auth == Auth::Bearer ? QStringLiteral("bearer")
                                                             : QStringLiteral("none"));
    }
    return lines;
}

void BillingCenter::seedDemo(int workspaces, int history)
{
    DemoSeeder seeder(*m_accounts, *m_workspaces, *m_eventRecorder, *m_marketplace, *m_hasher,
                      *m_db, *m_clock, SiteTable::builtIn());
    if (!seeder.seed(workspaces, history))
        return;
    const auto demo = m_accounts->findByUsername(DemoSeeder::kUsername);
    const qint64 firstCash =
        std::min(workspaces, DemoUsage::kMaxWorkspaces) * kDemoFirstCashPerWorkspaceCents;
    seedDemoBills(demo ? demo->account.id : QString(), firstCash);
    if (demo) {
        m_wallets->grantVoucher(demo->account.id, kDemoVoucherCents,
                                m_clock->now().addDays(kDemoVoucherDays));
        m_wallets->checkAll(); // the demo's low balance, as after a settled day
    }
}

// The demo account's last DemoUsage::kSeededDays days: usage, then each day settled as the
// settlement thread would have (synchronously: this runs before the server listens). Its
// wallet is recharged on the first day, at each month's start and whenever it runs low, for
// the month and kDemoDaysCovered days more: today it covers about that many days.
void BillingCenter::seedDemoBills(const QString &demoAccountId, qint64 firstCashCents)
{
    QElapsedTimer timer;
    timer.start();
    DemoUsage usage(m_db->handle(), BillingCatalogue::builtIn());
    SettlementEngine engine(*m_db, BillingCatalogue::builtIn(), m_walletCharging);
    const QDate today = billingday::of(m_clock->now());
    for (int back = DemoUsage::kSeededDays; back >= 1; --back) {
        const QDate day = today.addDays(-back);
        const bool monthStarts = back == DemoUsage::kSeededDays || day.day() == 1;
        if (!demoAccountId.isEmpty()
            && (monthStarts || m_wallets->demoRunsLow(demoAccountId, day))) {
            const QDate next = std::min(QDate(day.year(), day.month(), 1).addMonths(1), today);
            m_wallets->topUpDemo(demoAccountId, day, billingday::startOf(day),
                                 int(day.daysTo(next)) + kDemoDaysCovered, firstCashCents);
        }
        TransactionGuard transaction(*m_db);
        usage.addDay(day);
        transaction.commit();
        engine.settleDay(day, billingday::endOf(day));
        // Its marketplace usage reported as the running server would have, minutes later.
        m_meteringBuilder->buildDay(day);
        m_marketplaces->pushDue(std::min(billingday::endOf(day).addSecs(300), m_clock->now()));
    }
    qCInfo(lcServer) << "demo bills of" << DemoUsage::kSeededDays << "days settled in"
                     << timer.elapsed() << "ms";
}

// Each day the settlement engine settles is built into metering records as it is signalled;
// days settled before a crash are built here at start-up.
void BillingCenter::startMetering()
{
    m_meteringBuilder =
        std::make_unique<MeteringBuilder>(*m_meteringSources, *m_meteringRecords, *m_db);
    connect(m_settlement.get(), &SettlementScheduler::daySettled, m_meteringBuilder.get(),
            &MeteringBuilder::onDaySettled);
    m_meteringBuilder->catchUp();
    m_marketplaces->startMetering(*m_meteringRecords, kMeteringPollMs, [this] {
        return m_leadership->leads(JobLeadership::Job::Metering);
    });
    if (!m_options.sandbox)
        qCWarning(lcMarketplace) << "no marketplace endpoint for metering: records wait and "
                                    "end push_failed at their deadline (--sandbox plays the "
                                    "market)";
}

void BillingCenter::purgeExpired()
{
    try {
        m_loginThrottle->forgetStale();
        m_rateLimiter->forgetStale();
        if (m_marketplaces)
            m_marketplaces->forgetStale();
        if (!m_leadership->leads(JobLeadership::Job::Purge))
            return;
        const QDateTime now = m_clock->now();
        const int sessions = m_sessions->purgeExpired(now);
        const int replies = m_idempotency->purgeExpired();
        const int changes = m_changeLog->pruneNextWindow();
        m_wallets->expireDueVouchers();
        if (sessions || replies || changes)
            qCInfo(lcDb) << "purged" << sessions << "expired sessions," << replies
                         << "idempotency records and" << changes << "superseded change log entries";
    } catch (const StorageError &failure) {
        qCWarning(lcDb) << "purge failed:" << failure.what();
    }
}

// A full disk must not stop the server: the next tick (or write) tries again.
void BillingCenter::settleDue()
{
    try {
        if (!m_leadership->leads(JobLeadership::Job::Sweeps))
            return;
        m_workspaceService->sweepLocks();
        m_wallets->expireDueVouchers();
    } catch (const StorageError &failure) {
        qCWarning(lcDb) << "ended lock countdowns or vouchers not applied yet:" << failure.what();
    }
}

bool BillingCenter::listen(QString *error)
{
    RequestDispatcher *dispatcher = m_dispatcher.get();
    LowDelayTcpServer::Limits limits{
        m_options.maxConnections, HttpServerAdapter::kMaxConnectionsPerAddress,
        m_options.connectionTimeoutMs, ForwardedFor(m_options.trustedProxies)};
    m_http = std::make_unique<HttpServerAdapter>(
        [dispatcher](const HttpRequest &request, HttpServerAdapter::Reply reply) {
            dispatcher->dispatch(request, std::move(reply));
        },
        std::move(limits));
    if (m_options.usesTls()) {
        const auto tls = loadTlsFiles(m_options.tlsCertPath, m_options.tlsKeyPath, error);
        if (!tls)
            return false;
        m_http->setTls(*tls);
    }
    m_port = m_http->listenOn(m_options.listenAddress, m_options.port, error);
    if (m_port == 0)
        return false;
    m_settlement->start(SettlementWatermark(m_db->handle()).settledThrough());
    return true;
}

void BillingCenter::shutdown(std::function<void()> done)
{
    if (!m_http) {
        done();
        return;
    }
    m_http->stopListening();
    auto *timer = new QTimer(this);
    auto *elapsed = new QElapsedTimer;
    elapsed->start();
    connect(timer, &QTimer::timeout, this, [this, timer, elapsed, done] {
        const bool busy = m_http->pendingBytes() > 0 || m_workers->busy() > 0;
        if (busy && elapsed->elapsed() < kDrainTimeoutMs)
            return;
        timer->stop();
        delete elapsed;
        m_http->closeConnections();
        done();
    });
    timer->start(10);
}

} // namespace billing::server
