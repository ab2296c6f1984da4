// kill -9 of the billing-center in the middle of a 10 000-change bulk apply with four chunks
// in flight: two chunks acknowledged, then four sent at once, whose answers the proxy holds.
// After a restart on the same database SQLite finds it intact, every chunk is applied whole
// or not at all, and the client's resume from its journal (the four in flight first, same
// idempotency keys) ends with each of the 10 000 changes applied once, and the settlement
// history agrees at every point: one event per applied change, none for a change the crash
// undid, none for a replayed chunk.
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
constexpr int kInFlight = 4;
// The first batches the proxy receives are answered; every later one is held, so the client
// ends up with kInFlight chunks in flight and nothing answered.
constexpr int kAcknowledged = 2;
const QByteArray kBatchPath = "/api/v1/settlement-changes";
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
    QSet<QByteArray> heldKeys;
    int killDelayMs = -1;
    {
        ChangeJournal journal(m_journalDir.path(), m_proxy->url(), kDemoUser);
        StagedChanges staged;
        BulkApplyEngine engine(*m_client, staged, &journal);
        engine.setChunkSize(kChunk);
        engine.setMaxChunksInFlight(kInFlight);
        staged.put(changes);
        connect(&engine, &BulkApplyEngine::chunkSent, this, [&](int, const QByteArray &) {
            sentChunks << engine.unconfirmedChunks().constLast();
        });
        int acknowledged = 0;
        connect(&engine, &BulkApplyEngine::progress, this,
                [&](int done, int) { acknowledged = done / kChunk; });
        int batches = 0;
        m_proxy->setRule([&](const FaultInjectingServer::SeenRequest &request)
                             -> std::optional<FaultInjectingServer::Step> {
            if (request.path != kBatchPath || batches++ < kAcknowledged)
                return std::nullopt;
            heldKeys.insert(request.headers.value("idempotency-key"));
            return FaultInjectingServer::step(FaultInjectingServer::Fault::ForwardThenHold);
        });
        auto isBatch = [this](int index) {
            return m_proxy->seen().at(index).path == kBatchPath;
        };
        auto killServer = [this] {
            m_server->kill();
            m_proxy->dropHeld(); // the answers die with the server
        };
        // How long the server takes to answer a chunk, so that the kill lands inside one.
        QHash<int, QElapsedTimer> sinceForwarded;
        qint64 fastest = std::numeric_limits<qint64>::max();
        int forwardedBatches = 0;
        connect(m_proxy.get(), &FaultInjectingServer::answerStarted, this, [&](int index) {
            if (isBatch(index) && sinceForwarded.contains(index))
                fastest = std::min(fastest, sinceForwarded.value(index).elapsed());
        });
        connect(m_proxy.get(), &FaultInjectingServer::forwarded, this, [&](int index) {
            if (!isBatch(index))
                return;
            sinceForwarded[index].start();
            // The last chunk that fits has reached the server: all kInFlight are in it now.
            if (++forwardedBatches != kAcknowledged + kInFlight || afterCommit)
                return;
            killDelayMs = int(fastest / 2);
            QTimer::singleShot(killDelayMs, this, killServer);
        });
        // After the commit: all kInFlight chunks applied, their answers held; the server dies.
        int heldAnswers = 0;
        connect(m_proxy.get(), &FaultInjectingServer::answerHeld, this, [&] {
            if (afterCommit && ++heldAnswers == kInFlight)
                killServer();
        });
        QSignalSpy finished(&engine, &BulkApplyEngine::finished);
        engine.apply();
        QVERIFY(finished.wait(120000));
        disconnect(m_proxy.get(), nullptr, this, nullptr);
        m_proxy->setRule({});
        if (!afterCommit)
            qInfo("server killed %d ms after the last chunk in flight reached it", killDelayMs);
        QVERIFY(!m_server->isRunning());
        QCOMPARE(acknowledged, kAcknowledged);
        const BulkApplyEngine::Summary summary = engine.summary();
        QCOMPARE(summary.error.kind, ClientError::Kind::Network);
        QVERIFY(!summary.error.userMessage().isEmpty());
        QCOMPARE(summary.applied, kAcknowledged * kChunk);
        QCOMPARE(summary.rejected, 0);
        const int sent = (kAcknowledged + kInFlight) * kChunk;
        QCOMPARE(summary.remaining, kWorkspaces - sent);
        // Every chunk in flight is unconfirmed, in memory and on disk; the rest stays staged.
        QSet<QByteArray> unconfirmed;
        for (const JournalChunk &chunk : engine.unconfirmedChunks())
            unconfirmed.insert(chunk.idempotencyKey);
        QCOMPARE(unconfirmed.size(), kInFlight);
        QCOMPARE(unconfirmed, heldKeys);
        const auto onDisk = journal.load(&error);
        QVERIFY2(onDisk, qPrintable(error));
        QSet<QByteArray> journaled;
        for (const JournalChunk &chunk : onDisk->unconfirmed)
            journaled.insert(chunk.idempotencyKey);
        QCOMPARE(journaled, unconfirmed);
        QCOMPARE(staged.count(StagedState::Applying), kInFlight * kChunk);
        QCOMPARE(staged.count(StagedState::Staged), kWorkspaces - sent);
    } // the client process ends too: only its journal remains
    QCOMPARE(sentChunks.size(), kAcknowledged + kInFlight);

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
        if (!heldKeys.contains(sentChunks[i].idempotencyKey))
            QCOMPARE(applied, kChunk);
        else
            QVERIFY2(applied == 0 || applied == kChunk, qPrintable(QString::number(applied)));
        appliedBeforeResume += applied;
    }
    int other = 0;
    QCOMPARE(countAppliedOnce(changes, afterCrash, &other), appliedBeforeResume);
    QCOMPARE(other, 0);
    const int committed = appliedBeforeResume / kChunk - kAcknowledged;
    qInfo("%d of the %d chunks in flight were committed when the server died", committed,
          kInFlight);
    if (afterCommit)
        QCOMPARE(committed, kInFlight);
    const QHash<QString, int> eventsAfterCrash = changeEvents(m_server->baseUrl(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString historyAfterCrash = historyMismatch(initial, afterCrash, eventsAfterCrash);
    QVERIFY2(historyAfterCrash.isEmpty(), qPrintable(historyAfterCrash));

    // A new client process resumes from the journal: the chunks in flight go first, same keys.
    ChangeJournal journal(m_journalDir.path(), m_proxy->url(), kDemoUser);
    const auto contents = journal.load(&error);
    QVERIFY2(contents, qPrintable(error));
    StagedChanges staged;
    BulkApplyEngine engine(*m_client, staged, &journal);
    engine.restore(*contents);
    QCOMPARE(staged.size(), kWorkspaces - kAcknowledged * kChunk);
    QList<QByteArray> keys;
    connect(&engine, &BulkApplyEngine::chunkSent, this,
            [&keys](int, const QByteArray &key) { keys << key; });
    QSignalSpy finished(&engine, &BulkApplyEngine::finished);
    engine.apply();
    QVERIFY(finished.wait(120000));
    QVERIFY(keys.size() > kInFlight);
    QCOMPARE(QSet<QByteArray>(keys.cbegin(), keys.cbegin() + kInFlight), heldKeys);
    const BulkApplyEngine::Summary summary = engine.summary();
    QVERIFY2(!summary.error.isError(), qPrintable(summary.error.detail));
    QCOMPARE(summary.rejected, 0);
    QCOMPARE(summary.applied, kWorkspaces - kAcknowledged * kChunk);
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
