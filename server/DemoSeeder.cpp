#include "DemoSeeder.h"

#include "AccountStore.h"
#include "Clock.h"
#include "Logging.h"
#include "MarketplaceService.h"
#include "PasswordHasher.h"
#include "SecureRandom.h"
#include "Transactional.h"
#include "WorkspaceStore.h"

#include <SiteTable.h>

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace billing::server {
namespace {
const QStringList kTeams{
    QStringLiteral("prod"),     QStringLiteral("staging"),  QStringLiteral("dev"),
    QStringLiteral("qa"),       QStringLiteral("payments"), QStringLiteral("search"),
    QStringLiteral("checkout"), QStringLiteral("mobile"),   QStringLiteral("data"),
    QStringLiteral("edge"),     QStringLiteral("iot"),      QStringLiteral("billing")};
const QStringList kPurposes{
    QStringLiteral("observability"), QStringLiteral("apm"),      QStringLiteral("logs"),
    QStringLiteral("metrics"),       QStringLiteral("tracing"),  QStringLiteral("rum"),
    QStringLiteral("synthetics"),    QStringLiteral("security"), QStringLiteral("infra")};
// A few names that exercise exports and filters: CJK, commas, quotes, non-ASCII letters.
const QStringList kSpecialNames{
    QStringLiteral("生产环境-可观测性"), QStringLiteral("测试环境 日志"),
    QStringLiteral("杭州 支付 监控"),    QStringLiteral("Sales, EMEA"),
    QStringLiteral("\"Blue\" team"),     QStringLiteral("O'Brien's lab"),
    QStringLiteral("Zürich Ops"),        QStringLiteral("data, \"raw\" & cooked")};
const QString kUidA = QStringLiteral("1234567890123456");
const QString kUidB = QStringLiteral("2234567890123456");
} // namespace

const QString DemoSeeder::kUsername = QStringLiteral("demo");
const QString DemoSeeder::kPassword = QStringLiteral("demo-pass-2026");

DemoSeeder::DemoSeeder(AccountStore &accounts, WorkspaceStore &workspaces, EventRecorder &events,
                       MarketplaceService &marketplace, const PasswordHasher &hasher,
                       Transactional &transactions, const Clock &clock, const SiteTable &sites)
    : m_accounts(accounts)
    , m_workspaces(workspaces)
    , m_events(events)
    , m_marketplace(marketplace)
    , m_hasher(hasher)
    , m_transactions(transactions)
    , m_clock(clock)
    , m_sites(sites)
{}

QString DemoSeeder::workspaceName(int index) const
{
    if (index % 37 == 5) {
        const qsizetype round = index / 37;
        const QString name = kSpecialNames.at(round % kSpecialNames.size());
        return round < kSpecialNames.size() ? name : name + QStringLiteral(" %1").arg(index + 1);
    }
    return QStringLiteral("%1-%2-%3")
        .arg(kTeams.at(index % kTeams.size()),
             kPurposes.at((index / kTeams.size()) % kPurposes.size()))
        .arg(index + 1, 5, 10, QLatin1Char('0'));
}

void DemoSeeder::insertWithHistory(StoredWorkspace &stored, int history, const EventOrigin &origin)
{
    Workspace &ws = stored.workspace;
    const Settlement last = ws.settlement;
    // The other settlement of the flips: Billing Center, or Azure (granted) from Billing Center.
    const Settlement other = m_subscriptions.bindingOf(
        last.method == SettlementMethod::BillingCenter ? SettlementMethod::Azure
                                                       : SettlementMethod::BillingCenter);
    auto settlementAt = [&](int step) {
        Settlement settlement = (history - 1 - step) % 2 == 0 ? last : other;
        settlement.since = ws.createdAt.addSecs(qint64(step) * 60);
        return settlement;
    };
    StoredWorkspace before = stored;
    before.workspace.settlement = settlementAt(0);
    m_events.created(before, origin);
    for (int step = 1; step < history; ++step) {
        StoredWorkspace after = before;
        after.workspace.settlement = settlementAt(step);
        after.workspace.updatedAt = after.workspace.settlement.since;
        m_events.changed(before, after, origin, EventReason::UserChange);
        before = std::move(after);
    }
    ws.settlement = settlementAt(history - 1);
    ws.updatedAt = ws.settlement.since;
    ws.version = history;
    stored.lastEventSeq = before.lastEventSeq;
    m_workspaces.insert(stored);
}

bool DemoSeeder::seed(int workspaceCount, int history)
{
    if (m_accounts.usernameExists(kUsername)) {
        qCInfo(lcServer) << "demo account exists; not seeding again";
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    const QDateTime now = m_clock.now();
    Account account;
    account.id = SecureRandom::prefixedId(QStringLiteral("acc_"));
    account.username = kUsername;
    account.email = QStringLiteral("demo@example.com");
    account.phone = QStringLiteral("+86 571 8502 2088");
    account.company = QStringLiteral("Demo Company");
    account.site = QStringLiteral("cn1");
    account.hasBillingCenterAccount = true;
    account.grantedMethods = {SettlementMethod::Azure};
    account.createdAt = now.addDays(-400);
    const QByteArray passwordHash = m_hasher.hash(kPassword);

    TransactionGuard transaction(m_transactions);
    m_accounts.insert(account, passwordHash);
    QList<MarketplaceSubscription> instances;
    for (int i = 0; i < 4; ++i) {
        CreateInstanceRequest request;
        request.aliUid = i % 2 == 0 ? kUidA : kUidB;
        request.orderBizId = QStringLiteral("demo-order-%1").arg(i + 1);
        request.orderId = QStringLiteral("20830%1").arg(i + 1);
        request.productCode = QStringLiteral("cmgj00053362");
        request.skuId = QStringLiteral("cmgj00053362-demo");
        request.expiredOn = now.addDays(30 + 90 * i);
        instances.append(m_marketplace.createInstance(request).instance);
    }
    m_accounts.rememberAliUid(account.id, kUidA);
    m_accounts.rememberAliUid(account.id, kUidB);
    m_subscriptions = DemoSubscriptions::create(m_marketplace, account.id, now);

    const EventOrigin origin = EventOrigin::ofUser(kUsername, {});
    QRandomGenerator random(20261126); // the same demo every time
    const QList<Site> &sites = m_sites.sites();
    for (int i = 0; i < workspaceCount; ++i) {
        const Site &site = sites.at(i % sites.size());
        StoredWorkspace stored;
        stored.accountId = account.id;
        Workspace &ws = stored.workspace;
        ws.id = SecureRandom::prefixedId(QStringLiteral("ws_"));
        ws.name = workspaceName(i);
        ws.site = site.code;
        ws.language = (i / sites.size()) % 2 == 0 ? QStringLiteral("zh") : QStringLiteral("en");
        const int roll = int(random.bounded(100));
        SettlementMethod method = SettlementMethod::BillingCenter;
        if (roll >= 50 && site.methods.size() > 1)
            method = site.methods.at(1);
        if (roll >= 90 || (roll >= 50 && site.methods.size() == 1))
            method = SettlementMethod::Azure; // by grant
        ws.settlement = m_subscriptions.bindingOf(method);
        if (method == SettlementMethod::Aliyun) {
            const MarketplaceSubscription &instance = instances.at(i % instances.size());
            ws.settlement.aliyunAccountId = instance.aliUid;
            ws.settlement.instanceId = instance.instanceId;
        }
        ws.createdAt = now.addSecs(-qint64(workspaceCount - i) * 600 - 86400);
        insertWithHistory(stored, history, origin);
    }
    // One instance goes unpaid: its workspaces start the lock countdown.
    m_marketplace.expire(instances.at(1).instanceId);
    const qint64 inserted = timer.elapsed();
    transaction.commit();
    qCInfo(lcServer) << "demo account" << account.id << "seeded with" << workspaceCount
                     << "workspaces in" << timer.elapsed() << "ms (commit"
                     << timer.elapsed() - inserted << "ms)";
    return true;
}

} // namespace billing::server
