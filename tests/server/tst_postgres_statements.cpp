// The server's statements on PostgreSQL (issue 22): every class holding SqlStatements prepares
// on a fresh PostgreSQL database, and each statement with an engine's fragment (SqlDialect)
// or a rewritten form gives the same results on SQLite and PostgreSQL for the same rows.
#include "AccountDaySettler.h"
#include "BillLineQuery.h"
#include "BillStatements.h"
#include "DatabaseLocation.h"
#include "DayEndSettlement.h"
#include "DemoUsage.h"
#include "LedgerPages.h"
#include "MeteringSources.h"
#include "PostgresDatabase.h"
#include "PostgresTestDatabase.h"
#include "RequestWindows.h"
#include "SandboxMarket.h"
#include "SettlementEngine.h"
#include "SqliteIdempotencyRecords.h"
#include "SqliteMeteringRecords.h"
#include "SqliteSessionStore.h"
#include "SqliteVerificationCodeStore.h"
#include "UsageIntake.h"
#include "WalletFixture.h"
#include "WalletTables.h"
#include "WorkspaceChangeLog.h"
#include "marketplaces/ClaimCodes.h"
#include "marketplaces/MarketUsage.h"
#include "marketplaces/MarketplaceMessages.h"
#include "marketplaces/aws/AwsSandboxMarket.h"
#include "marketplaces/aws/AwsSubscriptionKeys.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
// One engine's database with the stores the statements below need.
struct Engine {
    std::unique_ptr<PostgresTestDatabase> postgresDatabase;
    std::unique_ptr<Database> db;
    QTemporaryDir dir;
    FixedClock clock;
    std::unique_ptr<SqliteAccountStore> accounts;
    std::unique_ptr<SqliteWorkspaceStore> workspaces;
    std::unique_ptr<SqliteEventStore> events;
    std::unique_ptr<SqliteInstanceStore> instances;

    bool open(bool postgres, QString *error)
    {
        if (postgres) {
            postgresDatabase = std::make_unique<PostgresTestDatabase>();
            if (!postgresDatabase->create(error))
                return false;
            const auto location = DatabaseLocation::parse(postgresDatabase->url(), error);
            auto opened = std::make_unique<PostgresDatabase>();
            if (!location || !opened->open(*location, error))
                return false;
            db = std::move(opened);
        } else {
            auto opened = std::make_unique<SqliteDatabase>();
            if (!opened->open(dir.filePath(QStringLiteral("billing.db")), error))
                return false;
            db = std::move(opened);
        }
        accounts = std::make_unique<SqliteAccountStore>(handle());
        workspaces = std::make_unique<SqliteWorkspaceStore>(handle());
        events = std::make_unique<SqliteEventStore>(handle());
        instances = std::make_unique<SqliteInstanceStore>(handle());
        return true;
    }

    QSqlDatabase handle() const { return db->handle(); }

    void run(const QString &sql, const QVariantList &values = {})
    {
        SqlStatement statement(handle(), sql);
        for (int i = 0; i < values.size(); ++i)
            statement.bind(i, values.at(i));
        statement.exec();
    }

    QString addAccount(const QString &name)
    {
        Account account;
        account.id = QStringLiteral("acc_") + name;
        account.username = name;
        account.email = name + QStringLiteral("@example.com");
        account.site = QStringLiteral("cn1");
        account.createdAt = clock.now().addDays(-30);
        accounts->insert(account, QByteArrayLiteral("hash"));
        return account.id;
    }

    StoredWorkspace addWorkspace(const QString &accountId, const QString &name)
    {
        Workspace ws;
        ws.id = QStringLiteral("ws_") + name;
        ws.name = name;
        ws.site = QStringLiteral("cn1");
        ws.language = QStringLiteral("en");
        ws.version = 1;
        ws.createdAt = ws.updatedAt = ws.settlement.since = clock.now().addDays(-20);
        StoredWorkspace stored{0, accountId, ws, {}, 0, 0};
        workspaces->insert(stored);
        return stored;
    }

    StoredEvent addEvent(const StoredWorkspace &workspace, qint64 prevSeq, int minutes)
    {
        StoredEvent stored;
        stored.accountId = workspace.accountId;
        stored.prevSeq = prevSeq;
        stored.event.workspaceId = workspace.workspace.id;
        stored.event.workspaceName = workspace.workspace.name;
        stored.event.at = clock.now().addSecs(minutes * 60);
        stored.event.event = EventKind::Created;
        events->append(stored);
        return stored;
    }
};
} // namespace

class TestPostgresStatements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStatementPreparesOnPostgres();
    void insertsReportTheirKey_data() { engines(); }
    void insertsReportTheirKey();
    void workspaceLookupsByIdsAndName_data() { engines(); }
    void workspaceLookupsByIdsAndName();
    void auditOfOneWorkspaceFollowsItsChain_data() { engines(); }
    void auditOfOneWorkspaceFollowsItsChain();
    void ledgerIdsAreTheSeqInHex_data() { engines(); }
    void ledgerIdsAreTheSeqInHex();
    void recentSettledChargesCountDays_data() { engines(); }
    void recentSettledChargesCountDays();
    void upsertsAddToTheStoredRow_data() { engines(); }
    void upsertsAddToTheStoredRow();
    void newestAwsSubscriptionOfTheSameSecond_data() { engines(); }
    void newestAwsSubscriptionOfTheSameSecond();
    void requestWindowsRestartAndCount_data() { engines(); }
    void requestWindowsRestartAndCount();
    void firstLineOfASubscriptionComesFromItsIndex();

private:
    static void engines();
    void open(Engine &engine);
};

void TestPostgresStatements::engines()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestPostgresStatements::open(Engine &engine)
{
    QFETCH(bool, postgres);
    QString error;
    QVERIFY2(engine.open(postgres, &error), qPrintable(error));
}

void TestPostgresStatements::everyStatementPreparesOnPostgres()
{
    Engine engine;
    QString error;
    QVERIFY2(engine.open(true, &error), qPrintable(error));
    const QSqlDatabase db = engine.handle();
    const BillingCatalogue &catalogue = BillingCatalogue::builtIn();
    try {
        AccountDaySettler settler(*engine.db, catalogue, nullptr);
        BillLineQuery lines(db);
        BillStatements bills(db, catalogue);
        DayEndSettlement dayEnd(db);
        DemoUsage demoUsage(db, catalogue);
        LedgerPages ledger(db);
        MeteringSources sources(db);
        SandboxMarket sandbox(db, *engine.db);
        SettlementEngine settlement(*engine.db, catalogue, nullptr);
        SettlementWatermark watermark(db);
        SqliteIdempotencyRecords idempotency(db);
        SqliteMailStore mails(db);
        SqliteMeteringRecords metering(db);
        SqliteSessionStore sessions(db);
        SqliteVerificationCodeStore codes(db);
        SqlRequestWindows requestWindows(db);
        UsageIntake usage(db, *engine.workspaces, *engine.accounts, *engine.db, engine.clock,
                          catalogue);
        WalletTables wallet(db);
        WorkspaceChangeLog changes(db);
        ClaimCodes claims(db, *engine.instances, *engine.db, engine.clock);
        MarketUsage marketUsage(db, QStringLiteral("azure"));
        MarketplaceMessages messages(db);
        AwsSandboxMarket aws(db, *engine.db, [](const QString &, const QString &) {
            return std::optional<QString>();
        });
        AwsSubscriptionKeys keys(db);
        // The statements built per filter: every filter at once, counted and listed.
        WorkspaceFilter filter{QStringLiteral("cn1"), SettlementMethod::BillingCenter,
                               WorkspaceStatus::Active, QStringLiteral("a")};
        engine.workspaces->list(QStringLiteral("acc"), filter, 0, 10);
        engine.workspaces->count(QStringLiteral("acc"), filter);
        AuditFilter audit;
        audit.since = engine.clock.now().addDays(-1);
        audit.until = engine.clock.now();
        audit.workspaceId = QStringLiteral("ws");
        audit.actorKind = ActorKind::User;
        audit.actorName = QStringLiteral("ops");
        audit.event = EventKind::Created;
        engine.events->audit(QStringLiteral("acc"), audit, 0, 10);
        engine.events->countAudit(QStringLiteral("acc"), audit);
        bills.workspaces(QStringLiteral("acc"), QDate(2026, 11, 1), 0, 10);
        wallet.recentSettledCharges(QStringLiteral("acc"), 7, QDate());
    } catch (const StorageError &failure) {
        QFAIL(failure.what());
    }
}

void TestPostgresStatements::insertsReportTheirKey()
{
    Engine engine;
    open(engine);
    const QString account = engine.addAccount(QStringLiteral("ops"));
    QCOMPARE(engine.addWorkspace(account, QStringLiteral("a")).seq, 1);
    QCOMPARE(engine.addWorkspace(account, QStringLiteral("b")).seq, 2);
    const StoredWorkspace c = engine.addWorkspace(account, QStringLiteral("c"));
    QCOMPARE(c.seq, 3);
    QCOMPARE(engine.addEvent(c, 0, 1).seq, 1);
    QCOMPARE(engine.addEvent(c, 1, 2).seq, 2);
    SqliteMailStore mails(engine.handle());
    MailMessage mail;
    mail.id = QStringLiteral("mail_1");
    mail.accountId = account;
    mail.to = QStringLiteral("ops@example.com");
    mail.createdAt = engine.clock.now();
    mails.insert(mail);
    QCOMPARE(mail.seq, 1);
    mail.id = QStringLiteral("mail_2");
    mails.insert(mail);
    QCOMPARE(mail.seq, 2);
}

void TestPostgresStatements::workspaceLookupsByIdsAndName()
{
    Engine engine;
    open(engine);
    const QString account = engine.addAccount(QStringLiteral("ops"));
    for (const QString &name : {u"Alpha"_qs, u"beta"_qs, u"alphabet"_qs, u"Gamma"_qs})
        engine.addWorkspace(account, name);
    QStringList found;
    for (const StoredWorkspace &stored : engine.workspaces->findByIds(
             {QStringLiteral("ws_Gamma"), QStringLiteral("ws_beta"), QStringLiteral("ws_none")}))
        found << stored.workspace.id;
    found.sort();
    QCOMPARE(found, QStringList({QStringLiteral("ws_Gamma"), QStringLiteral("ws_beta")}));
    WorkspaceFilter filter;
    filter.nameFolded = QStringLiteral("alpha");
    QStringList named;
    for (const StoredWorkspace &stored : engine.workspaces->list(account, filter, 0, 10))
        named << stored.workspace.name;
    QCOMPARE(named, QStringList({QStringLiteral("Alpha"), QStringLiteral("alphabet")}));
    QCOMPARE(engine.workspaces->count(account, filter), 2);
}

void TestPostgresStatements::auditOfOneWorkspaceFollowsItsChain()
{
    Engine engine;
    open(engine);
    const QString account = engine.addAccount(QStringLiteral("ops"));
    StoredWorkspace a = engine.addWorkspace(account, QStringLiteral("a"));
    const StoredWorkspace b = engine.addWorkspace(account, QStringLiteral("b"));
    const StoredEvent first = engine.addEvent(a, 0, 1);
    engine.addEvent(b, 0, 2);
    const StoredEvent second = engine.addEvent(a, first.seq, 3);
    const StoredWorkspace before = a;
    a.lastEventSeq = second.seq;
    engine.workspaces->update(a, before);
    AuditFilter filter;
    filter.workspaceId = a.workspace.id;
    QList<qint64> seqs;
    for (const StoredEvent &event : engine.events->audit(account, filter, 0, 10))
        seqs << event.seq;
    QCOMPARE(seqs, QList<qint64>({second.seq, first.seq}));
    QCOMPARE(engine.events->countAudit(account, filter), 2);
}

void TestPostgresStatements::ledgerIdsAreTheSeqInHex()
{
    Engine engine;
    open(engine);
    const QString account = engine.addAccount(QStringLiteral("ops"));
    WalletTables wallet(engine.handle());
    QStringList ids;
    for (int i = 0; i < 31; ++i) {
        LedgerEntry entry;
        entry.at = engine.clock.now();
        entry.kind = LedgerKind::Recharge;
        entry.amountCents = 100;
        wallet.append(account, entry);
        ids << entry.id;
    }
    QCOMPARE(ids.last(), QStringLiteral("le_1f"));
    SqlStatement stored(engine.handle(), QStringLiteral("SELECT id FROM ledger WHERE seq = 26"));
    stored.exec();
    QVERIFY(stored.next());
    QCOMPARE(stored.text(0), QStringLiteral("le_1a"));
}

void TestPostgresStatements::recentSettledChargesCountDays()
{
    Engine engine;
    open(engine);
    const QString account = engine.addAccount(QStringLiteral("ops"));
    const QDate first(2026, 2, 25);
    for (int i = 0; i < 6; i += 1 + i % 2) { // 02-25, 02-26, 02-28, 03-02
        engine.run(QStringLiteral("INSERT INTO settled_days (account_id, day, settled_at, "
                                  "charged_cents) VALUES (?, ?, 0, ?)"),
                   {account, first.addDays(i).toString(Qt::ISODate), 100 + i});
    }
    WalletTables wallet(engine.handle());
    // Without a watermark: up to the last settled day, 03-02 (6 days from 02-25).
    QCOMPARE(wallet.recentSettledCharges(account, 30, QDate()), std::make_pair(6, qint64(409)));
    QCOMPARE(wallet.recentSettledCharges(account, 3, QDate()), std::make_pair(3, qint64(208)));
    // Through 03-01, across February's end: 02-27 .. 03-01.
    QCOMPARE(wallet.recentSettledCharges(account, 3, QDate(2026, 3, 1)),
             std::make_pair(3, qint64(103)));
    QCOMPARE(wallet.recentSettledCharges(account, 3, QDate(2026, 2, 1)),
             std::make_pair(0, qint64(0)));
}

void TestPostgresStatements::upsertsAddToTheStoredRow()
{
    Engine engine;
    open(engine);
    SettlementWatermark watermark(engine.handle());
    watermark.advance(QDate(2026, 3, 2));
    watermark.advance(QDate(2026, 3, 1)); // never back
    QCOMPARE(watermark.settledThrough(), QDate(2026, 3, 2));
    watermark.advance(QDate(2026, 3, 3));
    QCOMPARE(watermark.settledThrough(), QDate(2026, 3, 3));
}

// The one upsert reads the old row in both CASEs on both engines (SQLite only in this test).
void TestPostgresStatements::requestWindowsRestartAndCount()
{
    Engine engine;
    open(engine);
    SqlRequestWindows windows(engine.handle());
    const QString address = QStringLiteral("192.0.2.1");
    const QDateTime start = engine.clock.now();
    const auto count = [&](qint64 seconds) {
        const RequestWindows::Window window = windows.count(address, start.addSecs(seconds), 60);
        return QStringLiteral("%1 %2").arg(start.secsTo(window.start)).arg(window.requests);
    };
    QCOMPARE(count(0), QStringLiteral("0 1"));
    QCOMPARE(count(59), QStringLiteral("0 2"));
    QCOMPARE(count(60), QStringLiteral("60 1"));
    QCOMPARE(count(61), QStringLiteral("60 2"));
    QCOMPARE(count(30), QStringLiteral("30 1")); // a clock moved back
    windows.forgetUpTo(start.addSecs(29));
    QCOMPARE(count(31), QStringLiteral("30 2"));
    windows.forgetUpTo(start.addSecs(30));
    QCOMPARE(count(31), QStringLiteral("31 1"));
}

void TestPostgresStatements::newestAwsSubscriptionOfTheSameSecond()
{
    Engine engine;
    open(engine);
    const auto add = [&](const QString &id, const QString &orderBizId, InstanceStatus status) {
        StoredInstance stored;
        MarketplaceSubscription &subscription = stored.instance;
        subscription.marketplace = SettlementMethod::Aws;
        subscription.instanceId = id;
        subscription.customer = {
            {QStringLiteral("customerIdentifier"), QStringLiteral("customer")}};
        subscription.productCode = QStringLiteral("product");
        subscription.orderBizId = orderBizId;
        subscription.status = status;
        stored.createdAt = engine.clock.now();
        stored.updatedAt = engine.clock.now();
        engine.instances->insert(stored);
    };
    AwsSubscriptionKeys keys(engine.handle());
    const QString key =
        AwsSubscriptionKeys::key(QStringLiteral("customer"), QStringLiteral("product"));
    add(QStringLiteral("aws-b"), key, InstanceStatus::Released);
    QCOMPARE(keys.newest(QStringLiteral("customer"), QStringLiteral("product")),
             QStringLiteral("aws-b"));
    add(QStringLiteral("aws-a"), key + QStringLiteral(":aws-a"), InstanceStatus::Opened);
    QCOMPARE(keys.newest(QStringLiteral("customer"), QStringLiteral("product")),
             QStringLiteral("aws-a"));
}

// The metering builder's first-line query, in the writer's turn, once per subscription: with
// statistics saying a subscription's lines are common, PostgreSQL's planner walked the primary
// key in seq order, through every line before the subscription's first (schema 11's index
// gives that order).
void TestPostgresStatements::firstLineOfASubscriptionComesFromItsIndex()
{
    Engine engine;
    QString error;
    QVERIFY2(engine.open(true, &error), qPrintable(error));
    const QString lines = QStringLiteral(
        "INSERT INTO bill_lines (account_id, day, workspace_seq, workspace_id, workspace_name, "
        "site, item, quantity_e4, unit, unit_price_micros, currency, amount_cents, payer_method, "
        "payer_instance, status) SELECT ?, '2026-12-04', g, 'ws', 'ws', 'cn1', 'item' || g, 1, "
        "1, 1, 'CNY', 1, 'aliyun', ?, 'pending_push' FROM generate_series(1, ?) g");
    engine.run(lines, {QStringLiteral("acc_early"), QStringLiteral("inst_early"), 20000});
    engine.run(lines, {QStringLiteral("acc_late"), QStringLiteral("inst_late"), 5000});
    engine.run(QStringLiteral("ANALYZE bill_lines"));

    MeteringSources sources(engine.handle());
    QString account;
    const auto paid =
        sources.paidQuantities(QStringLiteral("inst_late"), QDate(2026, 12, 4), &account);
    QCOMPARE(account, QStringLiteral("acc_late"));
    QCOMPARE(paid.size(), 5000);

    // PostgreSQL 15 explains no statement with parameters: the values go in as literals.
    QString explained = QStringLiteral("EXPLAIN ") + MeteringSources::kFirstLineAccount;
    for (const QString &value : {QStringLiteral("'inst_late'"), QStringLiteral("'2026-12-04'")})
        explained.replace(explained.indexOf(u'?'), 1, value);
    QSqlQuery plan(engine.handle());
    QVERIFY2(plan.exec(explained), qPrintable(plan.lastError().text()));
    QStringList steps;
    while (plan.next())
        steps << plan.value(0).toString();
    const QString text = steps.join(u'\n');
    QVERIFY2(text.contains(u"bill_lines_instance") && !text.contains(u"bill_lines_pkey"),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestPostgresStatements)
#include "tst_postgres_statements.moc"
