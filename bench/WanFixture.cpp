#include "WanFixture.h"

#include "BenchEnvironment.h"
#include "BulkApplyRun.h"
#include "WaitFor.h"
#include "WorkspaceListJob.h"

namespace billing::bench {
namespace {
constexpr int kBulkChanges = 10000;
constexpr int kSyncChanges = 500;
// More than a calendar month: every workspace of a set may change again (monthly rule).
constexpr int kDaysBetweenRounds = 35;
const QString kNoSuchName = QStringLiteral("no workspace has this name");
} // namespace

WanFixture::WanFixture(BenchEnvironment &environment, int repetitions)
    : m_environment(environment)
    , m_repetitions(repetitions)
    , m_syncSize(qMin(kSyncChanges, environment.rows() / 40))
{}

WanFixture::~WanFixture() = default;

bool WanFixture::prepare()
{
    if (!m_proxy) {
        auto proxy = std::make_unique<test::ShapingProxy>(
            m_environment.baseUrl(), test::ShapingProxy::Shape{kRoundTripMs, kBitsPerSecond});
        if (!proxy->start()) {
            m_error = proxy->errorString();
            return false;
        }
        m_proxy = std::move(proxy);
        m_client = std::make_unique<BillingClient>(&m_network, m_proxy->url());
        // The proxy is on loopback but stands for a real network.
        m_client->setCompression(BillingClient::Compression::Always);
        // As in the app, where the sync comes first: the client has met the server (and
        // learnt that it takes gzipped bodies) before anything is timed.
        WorkspaceListQuery noMatch;
        noMatch.nameContains = kNoSuchName;
        WorkspaceListJob nothing(client(), noMatch);
        nothing.start();
        if (!waitFor(&nothing, &PagedListJob::finished) || !nothing.ok()) {
            m_error = QStringLiteral("the server cannot be reached through the proxy");
            return false;
        }
    }
    return m_sets || pickSets();
}

bool WanFixture::nextBulkRound()
{
    if (!m_environment.nextRound(*m_sets, kDaysBetweenRounds)) {
        m_error = m_environment.error();
        return false;
    }
    return true;
}

bool WanFixture::pickSets()
{
    // The earlier benchmarks moved the clock: the demo wallet may be running into arrears,
    // which puts the Billing Center workspaces on a lock countdown at any time (a new version
    // of each, and a delta sync of all of them). Recharged, it stays clear. Then today's list.
    if (!m_environment.restoreWorkspaces()) {
        m_error = m_environment.error();
        return false;
    }
    QList<Workspace> workspaces;
    if (!m_environment.listWorkspaces(&workspaces)) {
        m_error = m_environment.error();
        return false;
    }
    // One set for the bulk apply, one per warm sync repetition.
    QList<int> sizes{qMin(kBulkChanges, m_environment.rows() / 8)};
    for (int round = 0; round < m_repetitions; ++round)
        sizes << m_syncSize;
    m_sets = std::make_unique<FlippingSets>(workspaces, m_environment.serverNow(), sizes);
    for (int set = 0; set < m_sets->count(); ++set) {
        if (m_sets->set(set).size() != sizes.at(set)) {
            m_error = QStringLiteral("only %1 workspaces may change, not %2")
                          .arg(m_sets->set(set).size())
                          .arg(sizes.at(set));
            return false;
        }
    }
    return true;
}

BillingClient &WanFixture::client()
{
    m_client->setSession(SessionInfo{m_environment.token(), {}, {}});
    return *m_client;
}

QString WanFixture::freshHome()
{
    m_home = std::make_unique<QTemporaryDir>();
    return m_home->path();
}

bool WanFixture::changeOnServer()
{
    const int syncSets = m_sets->count() - 1;
    // Each set changes once per round; another round needs another month.
    if (m_syncRounds > 0 && m_syncRounds % syncSets == 0
        && !(m_environment.advanceServerClock(kDaysBetweenRounds)
             && m_environment.waitUntilSettled(m_environment.lastClosedBillingDay()))) {
        m_error = m_environment.error();
        return false;
    }
    // Versions only: whatever else changed would be in the next sync too.
    if (!m_environment.refreshVersions(*m_sets)) {
        m_error = m_environment.error();
        return false;
    }
    const int set = 1 + m_syncRounds++ % syncSets;
    const BulkApplyRun run = runBulkApply(m_environment.client(), *m_sets, set);
    m_error = run.error;
    return run.error.isEmpty();
}

} // namespace billing::bench
