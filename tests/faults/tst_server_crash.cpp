// kill -9 of the billing-center in the middle of a 10 000-change bulk apply: three chunks
// acknowledged, the fourth inside the server. After a restart on the same database SQLite
// finds it intact, every chunk is applied whole or not at all, and the client's resume from
// its journal (same idempotency keys) ends with each of the 10 000 changes applied once, and
// the settlement history agrees at every point: one event per applied change, none for a
// change the crash undid, none for a replayed chunk.
#include "BulkApplyEngine.h"
#include "FaultFixtures.h"
#include "FaultInjectingServer.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kWorkspaces = 10000;
constexpr int kChunk = 1000;
constexpr int kAcknowledgedBeforeKill = 3;

// How many settlement_changed events the demo user has in the audit log, by workspace.
QHash<QString, int> changeEvents(const QUrl &server, QString *error)
{
    HttpClient http(server);
    const Session session = login(http, kDemoUser, kDemoPassword);
    if (!session.ok()) {
        *error = session.error;
        return {};
    }
    http.setToken(session.token);
    const QJsonArray items =
        listAll(http, QStringLiteral("/api/v1/audit"),
                {{QStringLiteral("event"), QStringLiteral("settlement_changed")},
                 {QStringLiteral("actor"), QStringLiteral("user:demo")},
                 {QStringLiteral("limit"), QStringLiteral("5000")}},
                error);
    QHash<QString, int> counts;
    for (const QJsonValue &item : items)
        ++counts[item.toObject().value(QLatin1String("workspaceId")).toString()];
    return counts;
}

// Empty when every workspace has one event if its settlement differs from `initial`, else none.
QString historyMismatch(const QList<Workspace> &initial, const QHash<QString, Workspace> &now,
                        const QHash<QString, int> &events)
{
    for (const Workspace &before : initial) {
        const bool changed = !now.value(before.id).settlement.sameBindingAs(before.settlement);
        const int count = events.value(before.id);
        if (count != (changed ? 1 : 0))
            return QStringLiteral("%1: %2 events for a workspace %3")
                .arg(before.id)
                .arg(count)
                .arg(changed ? QStringLiteral("changed once") : QStringLiteral("not changed"));
    }
    return {};
}
} // namespace

class TestServerCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void killDuringBulkApply_data();
    void killDuringBulkApply();

private:
    // A fresh server for each row: a workspace's settlement changes at most once a month.
    std::unique_ptr<TestServer> m_server;
    // The client's address stays the same across the restart (the server's port changes).
    std::unique_ptr<FaultInjectingServer> m_proxy;
    QNetworkAccessManager m_network;
    std::unique_ptr<BillingClient> m_client;
    QTemporaryDir m_journalDir;
};

void TestServerCrash::init()
{
    m_client.reset();
    m_proxy.reset();
    m_server = std::make_unique<TestServer>(demoServerOptions(kWorkspaces));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_proxy = std::make_unique<FaultInjectingServer>(m_server->baseUrl());
    HttpClient http(m_server->baseUrl());
    const Session session = login(http, kDemoUser, kDemoPassword);
    QVERIFY2(session.ok(), qPrintable(session.error));
    m_client = std::make_unique<BillingClient>(&m_network, m_proxy->url());
    m_client->setSession(SessionInfo{session.token, {}, {}});
    m_client->retryPolicy = RetryPolicy{2, 20, 50, 60, {}};
}

void TestServerCrash::killDuringBulkApply_data()
{
    QTest::addColumn<bool>("afterCommit");
    QTest::newRow("inside the transaction") << false;
    QTest::newRow("after the commit, answer lost") << true;
}

void TestServerCrash::killDuringBulkApply()
{
    QFETCH(bool, afterCommit);
    QString error;
    const QList<Workspace> initial = fetchAll(*m_client, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(initial.size(), kWorkspaces);
    const QList<StagedChange> changes = flipAll(initial);
    QList<JournalChunk> sentChunks;
    QByteArray inFlightKey;
    int killDelayMs = -1;
    {
        ChangeJournal journal(m_journalDir.path(), m_proxy->url(), kDemoUser);
        StagedChanges staged;
        BulkApplyEngine engine(*m_client, staged, &journal);
        engine.setChunkSize(kChunk);
        staged.put(changes);
        connect(&engine, &BulkApplyEngine::chunkSent, this, [&](int, const QByteArray &) {
            sentChunks << engine.unconfirmedChunks().constLast();
        });
        // How long the server works on a chunk, so that the kill lands inside one.
        QElapsedTimer sinceForwarded;
        qint64 fastest = std::numeric_limits<qint64>::max();
        int acknowledged = 0;
        connect(&engine, &BulkApplyEngine::progress, this,
                [&](int done, int) { acknowledged = done / kChunk; });
        // After the commit: the answer is lost on its way and the server dies right then.
        int batches = 0;
        m_proxy->setRule([&](const FaultInjectingServer::SeenRequest &request)
                             -> std::optional<FaultInjectingServer::Step> {
            if (!afterCommit || request.path != "/api/v1/settlement-changes"
                || batches++ != kAcknowledgedBeforeKill)
                return std::nullopt;
            return FaultInjectingServer::step(FaultInjectingServer::Fault::ForwardThenDrop);
        });
        auto isBatch = [this](int index) {
            return m_proxy->seen().at(index).path == "/api/v1/settlement-changes";
        };
        connect(m_proxy.get(), &FaultInjectingServer::answerStarted, this, [&](int index) {
            if (!isBatch(index))
                return;
            fastest = std::min(fastest, sinceForwarded.elapsed());
            if (afterCommit && sentChunks.size() == kAcknowledgedBeforeKill + 1)
                m_server->kill();
        });
        connect(m_proxy.get(), &FaultInjectingServer::forwarded, this, [&](int index) {
            if (!isBatch(index))
                return;
            sinceForwarded.start();
            if (sentChunks.size() == kAcknowledgedBeforeKill + 1) {
                inFlightKey = sentChunks.constLast().idempotencyKey;
                if (afterCommit)
                    return;
                killDelayMs = int(fastest / 2);
                QTimer::singleShot(killDelayMs, this, [this] { m_server->kill(); });
            }
        });
        QSignalSpy finished(&engine, &BulkApplyEngine::finished);
        engine.apply();
        QVERIFY(finished.wait(120000));
        disconnect(m_proxy.get(), nullptr, this, nullptr);
        m_proxy->setRule({});
        if (!afterCommit)
            qInfo("server killed %d ms after the fourth chunk reached it", killDelayMs);
        QVERIFY(!m_server->isRunning());
        QCOMPARE(acknowledged, kAcknowledgedBeforeKill);
        const BulkApplyEngine::Summary summary = engine.summary();
        QCOMPARE(summary.error.kind, ClientError::Kind::Network);
        QVERIFY(!summary.error.userMessage().isEmpty());
        QCOMPARE(summary.applied, kAcknowledgedBeforeKill * kChunk);
        QCOMPARE(summary.rejected, 0);
        QCOMPARE(engine.unconfirmedChunks().size(), 1);
        QCOMPARE(engine.unconfirmedChunks().first().idempotencyKey, inFlightKey);
        QCOMPARE(staged.count(StagedState::Applying), kChunk);
        QCOMPARE(staged.count(StagedState::Staged),
                 kWorkspaces - (kAcknowledgedBeforeKill + 1) * kChunk);
    } // the client process ends too: only its journal remains
    QCOMPARE(sentChunks.size(), kAcknowledgedBeforeKill + 1);

    const QString integrity = integrityCheck(m_server->dbPath());
    QCOMPARE(integrity, u"ok"_qs);

    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_proxy->setUpstream(m_server->baseUrl());
    const QHash<QString, Workspace> afterCrash = byId(fetchAll(*m_client, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Whole chunks only: the acknowledged ones applied, the one in flight all or nothing.
    QHash<QString, StagedChange> byWorkspace;
    for (const StagedChange &change : changes)
        byWorkspace.insert(change.workspaceId(), change);
    int appliedBeforeResume = 0;
    for (int i = 0; i < sentChunks.size(); ++i) {
        QList<StagedChange> chunkChanges;
        for (const SettlementChange &change : sentChunks[i].changes)
            chunkChanges << byWorkspace.value(change.workspaceId);
        int other = 0;
        const int applied = countAppliedOnce(chunkChanges, afterCrash, &other);
        QCOMPARE(other, 0);
        if (i < kAcknowledgedBeforeKill)
            QCOMPARE(applied, kChunk);
        else
            QVERIFY2(applied == 0 || applied == kChunk, qPrintable(QString::number(applied)));
        appliedBeforeResume += applied;
    }
    int other = 0;
    QCOMPARE(countAppliedOnce(changes, afterCrash, &other), appliedBeforeResume);
    QCOMPARE(other, 0);
    const bool committed = appliedBeforeResume > kAcknowledgedBeforeKill * kChunk;
    qInfo("the chunk in flight was %s when the server died",
          committed ? "committed" : "not committed");
    if (afterCommit)
        QVERIFY(committed);
    const QHash<QString, int> eventsAfterCrash = changeEvents(m_server->baseUrl(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString historyAfterCrash = historyMismatch(initial, afterCrash, eventsAfterCrash);
    QVERIFY2(historyAfterCrash.isEmpty(), qPrintable(historyAfterCrash));

    // A new client process resumes from the journal: the chunk in flight goes first, same key.
    ChangeJournal journal(m_journalDir.path(), m_proxy->url(), kDemoUser);
    const auto contents = journal.load(&error);
    QVERIFY2(contents, qPrintable(error));
    StagedChanges staged;
    BulkApplyEngine engine(*m_client, staged, &journal);
    engine.restore(*contents);
    QCOMPARE(staged.size(), kWorkspaces - kAcknowledgedBeforeKill * kChunk);
    QList<QByteArray> keys;
    connect(&engine, &BulkApplyEngine::chunkSent, this,
            [&keys](int, const QByteArray &key) { keys << key; });
    QSignalSpy finished(&engine, &BulkApplyEngine::finished);
    engine.apply();
    QVERIFY(finished.wait(120000));
    QCOMPARE(keys.value(0), inFlightKey);
    const BulkApplyEngine::Summary summary = engine.summary();
    QVERIFY2(!summary.error.isError(), qPrintable(summary.error.detail));
    QCOMPARE(summary.rejected, 0);
    QCOMPARE(summary.applied, kWorkspaces - kAcknowledgedBeforeKill * kChunk);
    QVERIFY(!journal.exists());

    const QHash<QString, Workspace> end = byId(fetchAll(*m_client, &error));
    QCOMPARE(countAppliedOnce(changes, end, &other), kWorkspaces);
    QCOMPARE(other, 0);
    const QHash<QString, int> eventsAtEnd = changeEvents(m_server->baseUrl(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(eventsAtEnd.size(), kWorkspaces);
    const QString historyAtEnd = historyMismatch(initial, end, eventsAtEnd);
    QVERIFY2(historyAtEnd.isEmpty(), qPrintable(historyAtEnd));
    QVERIFY2(m_server->stop(), qPrintable(m_server->errorString()));
    QCOMPARE(integrityCheck(m_server->dbPath()), u"ok"_qs);
}

QTEST_GUILESS_MAIN(TestServerCrash)
#include "tst_server_crash.moc"
