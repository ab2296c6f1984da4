// Crash recovery against the real billing-center: the journal holds the chunk and its key
// before the request leaves; the process state is dropped (after the server committed a
// chunk, or right after sending one); a new engine reads the journal, re-sends the
// unconfirmed chunk with the same key, and every change is applied exactly once.
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
    void recoverAndVerify(const QList<StagedChange> &changes, const QByteArray &unconfirmedKey,
                          int chunkSize);

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
                                           const QByteArray &unconfirmedKey, int chunkSize)
{
    // A new process: nothing but the journal on disk.
    ChangeJournal journal(m_journalDir.path(), m_server.baseUrl(), kDemoUser);
    QString error;
    const auto contents = journal.load(&error);
    QVERIFY2(contents, qPrintable(error));
    QCOMPARE(contents->unconfirmed.size(), 1);
    QCOMPARE(contents->unconfirmed.first().idempotencyKey, unconfirmedKey);
    QCOMPARE(contents->entries.size(), changes.size());
    const QByteArray bytes = ChangeJournal::toJson(*contents);
    QVERIFY(!bytes.contains(m_client->session().token.toUtf8()));

    StagedChanges staged;
    BulkApplyEngine engine(*m_client, staged, &journal);
    engine.setChunkSize(chunkSize);
    engine.restore(*contents);
    QCOMPARE(staged.size(), changes.size());
    QCOMPARE(staged.count(StagedState::Applying), contents->unconfirmed.first().changes.size());
    QList<QByteArray> keys;
    connect(&engine, &BulkApplyEngine::chunkSent, this,
            [&keys](int, const QByteArray &key) { keys << key; });
    QSignalSpy finished(&engine, &BulkApplyEngine::finished);
    engine.apply();
    QVERIFY(finished.wait(180000));
    QCOMPARE(keys.first(), unconfirmedKey); // the same key, sent again first
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
    QByteArray firstKey;
    QList<StagedChange> changes;
    SettlementChange firstChunkRow;
    {
        ChangeJournal journal(m_journalDir.path(), m_server.baseUrl(), kDemoUser);
        auto staged = std::make_unique<StagedChanges>();
        auto engine = std::make_unique<BulkApplyEngine>(*m_client, *staged, &journal);
        changes = stageHalf(0, *staged);
        connect(engine.get(), &BulkApplyEngine::chunkSent, this,
                [&firstKey](int index, const QByteArray &key) {
                    if (index == 0)
                        firstKey = key;
                });
        // The reply of the first chunk arrives (the server has committed it); the process
        // dies before the engine reads it: QNetworkAccessManager::finished comes first.
        bool crashed = false;
        auto connection = connect(
            &m_network, &QNetworkAccessManager::finished, this, [&crashed](QNetworkReply *reply) {
                if (crashed)
                    return;
                crashed = true;
                QObject::disconnect(reply, &QNetworkReply::finished, nullptr, nullptr);
            });
        engine->apply();
        QTRY_VERIFY_WITH_TIMEOUT(crashed, 60000);
        disconnect(connection);
        QCOMPARE(engine->summary().applied, 0); // it never saw the result
        QCOMPARE(engine->unconfirmedChunks().size(), 1);
        firstChunkRow = engine->unconfirmedChunks().first().changes.first();
        engine.reset();
        staged.reset();
    }
    QVERIFY(!firstKey.isEmpty());
    // The server did apply the first chunk.
    HttpClient http(m_server.baseUrl(), m_client->session().token);
    QString error;
    const QJsonObject first = getWorkspace(http, firstChunkRow.workspaceId, &error);
    QCOMPARE(first.value(u"version").toInteger(), *firstChunkRow.expectedVersion + 1);
    recoverAndVerify(changes, firstKey, 1000);
}

void TestJournalRecovery::crashRightAfterSending()
{
    QByteArray firstKey;
    QList<StagedChange> changes;
    {
        ChangeJournal journal(m_journalDir.path(), m_server.baseUrl(), kDemoUser);
        auto staged = std::make_unique<StagedChanges>();
        auto engine = std::make_unique<BulkApplyEngine>(*m_client, *staged, &journal);
        engine->setChunkSize(500);
        changes = stageHalf(1, *staged);
        bool crashed = false;
        connect(engine.get(), &BulkApplyEngine::chunkSent, this,
                [&](int index, const QByteArray &key) {
                    if (index == 0) {
                        firstKey = key;
                        crashed = true;
                    }
                });
        engine->apply();
        QVERIFY(crashed); // chunkSent comes synchronously from apply()
        // The request may or may not reach the server: either way nothing may double.
        engine.reset();
        staged.reset();
    }
    recoverAndVerify(changes, firstKey, 500);
}

QTEST_GUILESS_MAIN(TestJournalRecovery)
#include "tst_journalrecovery.moc"
