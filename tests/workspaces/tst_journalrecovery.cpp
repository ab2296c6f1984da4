// Crash recovery against the real billing-center: the journal holds each chunk and its key
// before the request leaves; the process state is dropped with several chunks in flight
// (after the server committed them, or right after sending them); a new engine reads the
// journal, re-sends the unconfirmed chunks with the same keys, and every change is applied
// exactly once.
#include "BulkApplyEngine.h"
#include "ServerFixture.h"

#include <QNetworkReply>
#include <QTemporaryDir>

using namespace billing;
using namespace billing::test;

class TestJournalRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void crashAfterServerCommitted();
    void crashRightAfterSending();

private:
    QList<StagedChange> stageHalf(int half, StagedChanges &staged);
    void recoverAndVerify(const QList<StagedChange> &changes,
                          const QSet<QByteArray> &unconfirmedKeys, int chunkSize);

    TestServer m_server{demoServerOptions(3000)};
    QNetworkAccessManager m_network;
    std::unique_ptr<BillingClient> m_client;
    QList<Workspace> m_initial;
    QTemporaryDir m_journalDir;
};

void TestJournalRecovery::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    HttpClient http(m_server.baseUrl());
    const Session session = login(http, kDemoUser, kDemoPassword);
    QVERIFY2(session.ok(), qPrintable(session.error));
    m_client = std::make_unique<BillingClient>(&m_network, m_server.baseUrl());
    m_client->setSession(SessionInfo{session.token, {}, {}});
    QString error;
    m_initial = fetchAll(*m_client, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_initial.size(), 3000);
}

// Half 0 or 1 of the workspaces, each to a change the server accepts: billing_center to
// azure (granted to the demo account), any cloud back to billing_center.
QList<StagedChange> TestJournalRecovery::stageHalf(int half, StagedChanges &staged)
{
    QList<StagedChange> changes;
    for (const Workspace &ws : m_initial.mid(half * 1500, 1500)) {
        const bool billingCenter = ws.settlement.method == SettlementMethod::BillingCenter;
        changes << stagedChangeFor(ws,
                                   targetMethod(billingCenter ? SettlementMethod::Azure
                                                              : SettlementMethod::BillingCenter));
    }
    staged.put(changes);
    return changes;
}

void TestJournalRecovery::recoverAndVerify(const QList<StagedChange> &changes,
                                           const QSet<QByteArray> &unconfirmedKeys, int chunkSize)
{
    // A new process: nothing but the journal on disk.
    ChangeJournal journal(m_journalDir.path(), m_server.baseUrl(), kDemoUser);
    QString error;
    const auto contents = journal.load(&error);
    QVERIFY2(contents, qPrintable(error));
    QSet<QByteArray> journaled;
    qsizetype unconfirmedRows = 0;
    for (const JournalChunk &chunk : contents->unconfirmed) {
        journaled.insert(chunk.idempotencyKey);
        unconfirmedRows += chunk.changes.size();
    }
    QCOMPARE(contents->unconfirmed.size(), unconfirmedKeys.size());
    QCOMPARE(journaled, unconfirmedKeys);
    QCOMPARE(contents->entries.size(), changes.size());
    const QByteArray bytes = ChangeJournal::toJson(*contents);
    QVERIFY(!bytes.contains(m_client->session().token.toUtf8()));

    StagedChanges staged;
    BulkApplyEngine engine(*m_client, staged, &journal);
    engine.setChunkSize(chunkSize);
    engine.restore(*contents);
    QCOMPARE(staged.size(), changes.size());
    QCOMPARE(staged.count(StagedState::Applying), unconfirmedRows);
    QList<QByteArray> keys;
    connect(&engine, &BulkApplyEngine::chunkSent, this,
            [&keys](int, const QByteArray &key) { keys << key; });
    QSignalSpy finished(&engine, &BulkApplyEngine::finished);
    engine.apply();
    QVERIFY(finished.wait(180000));
    // The same keys, sent again first.
    QVERIFY(keys.size() >= unconfirmedKeys.size());
    QCOMPARE(QSet<QByteArray>(keys.cbegin(), keys.cbegin() + unconfirmedKeys.size()),
             unconfirmedKeys);
    const BulkApplyEngine::Summary summary = engine.summary();
    QVERIFY2(!summary.error.isError(), qPrintable(summary.error.detail));
    // With expectedVersion in every change, a second application would be a
    // version_conflict: none rejected means each change was applied exactly once.
    QCOMPARE(summary.rejected, 0);
    QCOMPARE(summary.applied, int(changes.size()));
    QCOMPARE(staged.count(StagedState::Applied), changes.size());
    QVERIFY(!journal.exists()); // nothing left to recover

    const QHash<QString, Workspace> now = byId(fetchAll(*m_client, &error));
    for (const StagedChange &change : changes) {
        const Workspace &ws = now.value(change.workspaceId());
        QCOMPARE(ws.version, change.originalVersion + 1);
        QCOMPARE(ws.settlement.method, change.target.method);
    }
}

void TestJournalRecovery::crashAfterServerCommitted()
{
    QSet<QByteArray> sentKeys;
    QList<StagedChange> changes;
    QList<SettlementChange> firstRows;
    {
        ChangeJournal journal(m_journalDir.path(), m_server.baseUrl(), kDemoUser);
        auto staged = std::make_unique<StagedChanges>();
        auto engine = std::make_unique<BulkApplyEngine>(*m_client, *staged, &journal);
        changes = stageHalf(0, *staged); // two chunks, 1000 and 500, both in flight at once
        QVERIFY(engine->maxChunksInFlight() >= 2);
        connect(engine.get(), &BulkApplyEngine::chunkSent, this,
                [&sentKeys](int, const QByteArray &key) { sentKeys.insert(key); });
        // The replies of both chunks arrive (the server has committed them); the process
        // dies before the engine reads them: QNetworkAccessManager::finished comes first.
        int crashed = 0;
        auto connection = connect(
            &m_network, &QNetworkAccessManager::finished, this, [&crashed](QNetworkReply *reply) {
                ++crashed;
                QObject::disconnect(reply, &QNetworkReply::finished, nullptr, nullptr);
            });
        engine->apply();
        QTRY_COMPARE_WITH_TIMEOUT(crashed, 2, 60000);
        disconnect(connection);
        QCOMPARE(engine->summary().applied, 0); // it never saw the results
        QCOMPARE(engine->unconfirmedChunks().size(), 2);
        for (const JournalChunk &chunk : engine->unconfirmedChunks())
            firstRows << chunk.changes.first();
        engine.reset();
        staged.reset();
    }
    QCOMPARE(sentKeys.size(), 2);
    // The server did apply both chunks.
    HttpClient http(m_server.baseUrl(), m_client->session().token);
    QString error;
    for (const SettlementChange &row : std::as_const(firstRows)) {
        const QJsonObject now = getWorkspace(http, row.workspaceId, &error);
        QCOMPARE(now.value(u"version").toInteger(), *row.expectedVersion + 1);
    }
    recoverAndVerify(changes, sentKeys, 1000);
}

void TestJournalRecovery::crashRightAfterSending()
{
    QSet<QByteArray> sentKeys;
    QList<StagedChange> changes;
    {
        ChangeJournal journal(m_journalDir.path(), m_server.baseUrl(), kDemoUser);
        auto staged = std::make_unique<StagedChanges>();
        auto engine = std::make_unique<BulkApplyEngine>(*m_client, *staged, &journal);
        engine->setChunkSize(500);
        engine->setMaxChunksInFlight(3);
        changes = stageHalf(1, *staged);
        connect(engine.get(), &BulkApplyEngine::chunkSent, this,
                [&sentKeys](int, const QByteArray &key) { sentKeys.insert(key); });
        engine->apply();
        // chunkSent comes synchronously from apply(): all three chunks have left.
        QCOMPARE(sentKeys.size(), 3);
        QCOMPARE(engine->chunksInFlight(), 3);
        // The requests may or may not reach the server: either way nothing may double.
        engine.reset();
        staged.reset();
    }
    recoverAndVerify(changes, sentKeys, 500);
}

QTEST_GUILESS_MAIN(TestJournalRecovery)
#include "tst_journalrecovery.moc"
