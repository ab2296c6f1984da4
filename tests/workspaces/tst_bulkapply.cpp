// BulkApplyEngine against the real billing-center: more than 1 000 changes in chunks of at
// most 1 000 with one key each, site-rule, monthly-rule and version-conflict rejections,
// retry with new keys, re-stage, no-op skipping, cancel between chunks, and several chunks
// in flight whose answers come back out of order.
#include "BulkApplyEngine.h"
#include "ChangeJournal.h"
#include "FaultInjectingServer.h"
#include "ServerFixture.h"
#include "StagingCommands.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace billing;
using namespace billing::test;

class TestBulkApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void appliesInChunksWithRejections();
    void retryFailedUsesNewKeys();
    void monthlyRuleAndVersionConflict();
    void noOpsAreSkipped();
    void cancelStopsBetweenChunks();
    void journalFollowsTheRun();
    void severalChunksInFlightAnswerOutOfOrder();

private:
    bool runEngine(BulkApplyEngine &engine, QList<QByteArray> *keys = nullptr,
                   void (BulkApplyEngine::*start)() = &BulkApplyEngine::apply);
    QList<Workspace> untouched(const std::function<bool(const Workspace &)> &pick) const;

    TestServer m_server{demoServerOptions(2400)};
    QNetworkAccessManager m_network;
    std::unique_ptr<BillingClient> m_client;
    QList<Workspace> m_initial;
    QSet<QString> m_touched;
    StagedChanges m_staged;
    QUndoStack m_undo;
    std::unique_ptr<BulkApplyEngine> m_engine;
    QSet<QString> m_rejectedFirstRun;
    QList<QByteArray> m_firstRunKeys;
};

void TestBulkApply::initTestCase()
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
    QCOMPARE(m_initial.size(), 2400);
    m_engine = std::make_unique<BulkApplyEngine>(*m_client, m_staged);
}

bool TestBulkApply::runEngine(BulkApplyEngine &engine, QList<QByteArray> *keys,
                              void (BulkApplyEngine::*start)())
{
    QSignalSpy finished(&engine, &BulkApplyEngine::finished);
    QMetaObject::Connection connection;
    if (keys)
        connection = connect(&engine, &BulkApplyEngine::chunkSent, this,
                             [keys](int, const QByteArray &key) { keys->append(key); });
    (engine.*start)();
    const bool ok = !finished.isEmpty() || finished.wait(180000);
    disconnect(connection);
    return ok;
}

QList<Workspace> TestBulkApply::untouched(const std::function<bool(const Workspace &)> &pick) const
{
    QList<Workspace> result;
    for (const Workspace &ws : m_initial) {
        if (!m_touched.contains(ws.id) && pick(ws))
            result.append(ws);
    }
    return result;
}

void TestBulkApply::appliesInChunksWithRejections()
{
    auto isBillingCenter = [](const Workspace &ws) {
        return ws.settlement.method == SettlementMethod::BillingCenter;
    };
    const QList<Workspace> toAzure = untouched([&](const Workspace &ws) {
        return isBillingCenter(ws) && ws.site != u"cn1" && ws.site != u"cn6";
    });
    const QList<Workspace> toAws = untouched([&](const Workspace &ws) {
        return isBillingCenter(ws) && (ws.site == u"cn1" || ws.site == u"cn6");
    });
    // One stage command for a selection across every site, one for the site-rule breakers.
    m_undo.push(new StageChangesCommand(m_staged, toAzure, targetMethod(SettlementMethod::Azure)));
    m_undo.push(new StageChangesCommand(m_staged, toAws, targetMethod(SettlementMethod::Aws)));
    const int total = int(toAzure.size() + toAws.size());
    QVERIFY2(total > 1000, qPrintable(QString::number(total)));
    for (const Workspace &ws : toAzure + toAws)
        m_touched.insert(ws.id);

    QSignalSpy progress(m_engine.get(), &BulkApplyEngine::progress);
    QList<Workspace> applied;
    connect(m_engine.get(), &BulkApplyEngine::workspacesApplied, this,
            [&applied](const QList<Workspace> &list) { applied += list; });
    QVERIFY(runEngine(*m_engine, &m_firstRunKeys));
    const BulkApplyEngine::Summary summary = m_engine->summary();
    QVERIFY2(!summary.error.isError(), qPrintable(summary.error.detail));
    QCOMPARE(m_firstRunKeys.size(), (total + 999) / 1000);
    QCOMPARE(QSet<QByteArray>(m_firstRunKeys.cbegin(), m_firstRunKeys.cend()).size(),
             m_firstRunKeys.size());
    QCOMPARE(summary.applied, int(toAzure.size()));
    QCOMPARE(summary.rejected, int(toAws.size()));
    QCOMPARE(applied.size(), toAzure.size());
    QCOMPARE(progress.last().at(0).toInt(), total);
    QCOMPARE(progress.last().at(1).toInt(), total);
    QCOMPARE(m_staged.count(StagedState::Applied), toAzure.size());
    for (const Workspace &ws : toAws) {
        const StagedChange *entry = m_staged.find(ws.id);
        QCOMPARE(entry->state, StagedState::Rejected);
        QCOMPARE(entry->error.code, ErrorCode::MethodNotAllowedForSite);
        QVERIFY(!entry->reason.isEmpty());
        m_rejectedFirstRun.insert(ws.id);
    }
    QVERIFY(m_engine->unconfirmedChunks().isEmpty());

    QString error;
    const QHash<QString, Workspace> now = byId(fetchAll(*m_client, &error));
    for (const Workspace &ws : toAzure) {
        QCOMPARE(now.value(ws.id).settlement.method, SettlementMethod::Azure);
        QCOMPARE(now.value(ws.id).version, ws.version + 1);
    }
    for (const Workspace &ws : toAws)
        QCOMPARE(now.value(ws.id).version, ws.version);
}

void TestBulkApply::retryFailedUsesNewKeys()
{
    QVERIFY(!m_rejectedFirstRun.isEmpty());
    QList<QByteArray> keys;
    QVERIFY(runEngine(*m_engine, &keys, &BulkApplyEngine::retryFailed));
    QCOMPARE(m_engine->summary().rejected, int(m_rejectedFirstRun.size()));
    QCOMPARE(m_engine->summary().applied, 0);
    QVERIFY(!keys.isEmpty());
    for (const QByteArray &key : keys)
        QVERIFY(!m_firstRunKeys.contains(key));
    // Still rejected, still staged with the reason; the user can unstage them.
    m_undo.push(new UnstageChangesCommand(
        m_staged, QStringList(m_rejectedFirstRun.cbegin(), m_rejectedFirstRun.cend())));
    QCOMPARE(m_staged.count(StagedState::Rejected), 0);
}

void TestBulkApply::monthlyRuleAndVersionConflict()
{
    m_staged.removeApplied();
    m_undo.clear();
    // Changed by the first run this month: a second change is too soon.
    QList<Workspace> again;
    QString error;
    const QHash<QString, Workspace> now = byId(fetchAll(*m_client, &error));
    for (const Workspace &ws : m_initial) {
        if (now.value(ws.id).settlement.method == SettlementMethod::Azure
            && ws.settlement.method == SettlementMethod::BillingCenter && again.size() < 3)
            again << now.value(ws.id);
    }
    m_undo.push(
        new StageChangesCommand(m_staged, again, targetMethod(SettlementMethod::BillingCenter)));
    // Changed by someone else after we loaded it: a version conflict.
    const QList<Workspace> huawei = untouched(
        [](const Workspace &ws) { return ws.settlement.method == SettlementMethod::Huawei; });
    QVERIFY(!huawei.isEmpty());
    const Workspace stale = huawei.first();
    m_touched.insert(stale.id);
    HttpClient http(m_server.baseUrl(), m_client->session().token);
    const HttpReply put = http.put(u"/api/v1/workspaces/%1/settlement"_qs.arg(stale.id),
                                   settlementBody(u"billing_center"_qs));
    QCOMPARE(put.status, 200);
    m_undo.push(new StageChangesCommand(m_staged, {stale}, targetMethod(SettlementMethod::Azure)));

    QVERIFY(runEngine(*m_engine));
    QCOMPARE(m_engine->summary().rejected, 4);
    for (const Workspace &ws : again) {
        const StagedChange *entry = m_staged.find(ws.id);
        QCOMPARE(entry->error.code, ErrorCode::ChangeTooSoon);
        QVERIFY(entry->error.nextChangeAllowedAt.isValid());
    }
    const StagedChange *conflict = m_staged.find(stale.id);
    QCOMPARE(conflict->error.code, ErrorCode::VersionConflict);
    QVERIFY(conflict->error.current.has_value());
    QCOMPARE(conflict->error.current->settlement.method, SettlementMethod::BillingCenter);
    QCOMPARE(conflict->error.current->version, stale.version + 1);

    // Re-stage on the server's current value; the change itself is still too soon.
    m_undo.push(new RestageCommand(m_staged, {stale.id}));
    const StagedChange *restaged = m_staged.find(stale.id);
    QCOMPARE(restaged->state, StagedState::Staged);
    QCOMPARE(restaged->original.method, SettlementMethod::BillingCenter);
    QCOMPARE(restaged->target.expectedVersion, std::optional<qint64>(stale.version + 1));
    QVERIFY(runEngine(*m_engine));
    QCOMPARE(m_staged.find(stale.id)->error.code, ErrorCode::ChangeTooSoon);
    m_staged.clear();
    m_undo.clear();
}

void TestBulkApply::noOpsAreSkipped()
{
    const QList<Workspace> some = untouched(
        [](const Workspace &ws) { return ws.settlement.method == SettlementMethod::Aws; });
    QVERIFY(some.size() >= 2);
    StagedChange noOp = stagedChangeFor(some.at(0), targetMethod(SettlementMethod::Aws));
    m_staged.put({noOp});
    QVERIFY(runEngine(*m_engine));
    QCOMPARE(m_engine->summary().skipped, 1);
    QCOMPARE(m_engine->summary().applied, 0);
    QVERIFY(m_staged.isEmpty());
}

void TestBulkApply::cancelStopsBetweenChunks()
{
    const QList<Workspace> azure = untouched(
        [](const Workspace &ws) { return ws.settlement.method == SettlementMethod::Azure; });
    QVERIFY(azure.size() >= 200);
    m_undo.push(new StageChangesCommand(m_staged, azure.mid(0, 200),
                                        targetMethod(SettlementMethod::BillingCenter)));
    for (const Workspace &ws : azure.mid(0, 200))
        m_touched.insert(ws.id);
    BulkApplyEngine engine(*m_client, m_staged);
    engine.setChunkSize(50);
    connect(&engine, &BulkApplyEngine::chunkSent, &engine, [&engine](int index) {
        if (index == 0)
            engine.cancel();
    });
    QVERIFY(runEngine(engine));
    const BulkApplyEngine::Summary summary = engine.summary();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.applied + summary.rejected, 50); // the chunk in flight completed
    QCOMPARE(summary.remaining, 150);
    QCOMPARE(m_staged.count(StagedState::Staged), 150);
    QCOMPARE(m_staged.count(StagedState::Applying), 0);
}

// A run appends each chunk to the journal's log instead of rewriting the journal, and a
// staging edit made meanwhile reaches the disk with the next chunk.
void TestBulkApply::journalFollowsTheRun()
{
    const QList<Workspace> rows = untouched([](const Workspace &ws) {
                                      return ws.settlement.method != SettlementMethod::BillingCenter
                                             && ws.status == WorkspaceStatus::Active;
                                  }).mid(0, 150);
    QCOMPARE(rows.size(), 150);
    QTemporaryDir dir;
    ChangeJournal journal(dir.path(), m_server.baseUrl(), kDemoUser);
    StagedChanges staged;
    BulkApplyEngine engine(*m_client, staged, &journal);
    engine.setChunkSize(50);
    engine.setMaxChunksInFlight(3); // all three chunks leave before any answer is read
    QList<StagedChange> changes;
    for (const Workspace &ws : rows)
        changes << stagedChangeFor(ws, targetMethod(SettlementMethod::BillingCenter));
    staged.put(changes);
    QVERIFY(engine.saveJournal()); // as staging does, after the event
    QFile file(journal.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray savedOnStaging = file.readAll();
    file.close();

    QString unstaged;
    bool checkedFirst = false, checkedSecond = false;
    connect(&engine, &BulkApplyEngine::chunkSent, this, [&](int index) {
        QFile current(journal.filePath());
        QVERIFY(current.open(QIODevice::ReadOnly));
        const auto onDisk = journal.load();
        QVERIFY(onDisk);
        QCOMPARE(onDisk->unconfirmed.size(), index + 1);
        if (index == 0) {
            QCOMPARE(current.readAll(), savedOnStaging); // only the log grew
            QVERIFY(QFile::exists(journal.logPath()));
            // The user unstages a row that has not been sent yet.
            const QList<StagedChange> waiting = staged.inState(StagedState::Staged);
            QCOMPARE(waiting.size(), 100);
            unstaged = waiting.constLast().workspaceId();
            staged.remove({unstaged});
            checkedFirst = true;
        } else if (index == 1) {
            QCOMPARE(onDisk->entries.size(), 150 - 1);
            for (const StagedChange &entry : onDisk->entries)
                QVERIFY(entry.workspaceId() != unstaged);
            checkedSecond = true;
        }
    });
    QVERIFY(runEngine(engine));
    QVERIFY(checkedFirst && checkedSecond);
    QCOMPARE(engine.summary().applied, 149);
    QVERIFY(!journal.exists());
    QVERIFY(!QFile::exists(journal.logPath()));
    for (const Workspace &ws : rows)
        m_touched.insert(ws.id);
}

// Room for three chunks: three requests are outstanding at once (the proxy holds their
// answers), each chunk is in the journal on disk before its request reaches the server, and
// answers released newest first land on their own rows while the others stay applying.
void TestBulkApply::severalChunksInFlightAnswerOutOfOrder()
{
    constexpr int kChunk = 40;
    constexpr int kChunks = 4;
    constexpr int kRoom = 3;
    constexpr int kWait = 30000;
    const QList<Workspace> rows = untouched([](const Workspace &ws) {
                                      return ws.settlement.method != SettlementMethod::BillingCenter
                                             && ws.status == WorkspaceStatus::Active;
                                  }).mid(0, kChunk * kChunks);
    QCOMPARE(rows.size(), kChunk * kChunks);
    for (const Workspace &ws : rows)
        m_touched.insert(ws.id);
    FaultInjectingServer proxy(m_server.baseUrl());
    BillingClient client(&m_network, proxy.url());
    client.setSession(m_client->session());
    QTemporaryDir dir;
    ChangeJournal journal(dir.path(), proxy.url(), kDemoUser);
    StagedChanges staged;
    BulkApplyEngine engine(client, staged, &journal);
    engine.setChunkSize(kChunk);
    engine.setMaxChunksInFlight(kRoom);
    QList<StagedChange> changes;
    for (const Workspace &ws : rows)
        changes << stagedChangeFor(ws, targetMethod(SettlementMethod::BillingCenter));
    staged.put(changes);
    QVERIFY(engine.saveJournal());

    QHash<QByteArray, QStringList> rowsOfKey;
    connect(&engine, &BulkApplyEngine::chunkSent, this, [&](int, const QByteArray &key) {
        for (const SettlementChange &change : engine.unconfirmedChunks().constLast().changes)
            rowsOfKey[key] << change.workspaceId;
    });
    auto journaledKeys = [&journal] {
        QSet<QByteArray> keys;
        if (const auto onDisk = journal.load()) {
            for (const JournalChunk &chunk : onDisk->unconfirmed)
                keys.insert(chunk.idempotencyKey);
        }
        return keys;
    };
    int outstanding = 0;
    int mostOutstanding = 0;
    QList<QByteArray> notJournaled;
    proxy.setRule([&](const FaultInjectingServer::SeenRequest &request)
                      -> std::optional<FaultInjectingServer::Step> {
        if (request.path != "/api/v1/settlement-changes")
            return std::nullopt;
        const QByteArray key = request.headers.value("idempotency-key");
        if (!journaledKeys().contains(key))
            notJournaled << key;
        mostOutstanding = std::max(mostOutstanding, ++outstanding);
        return FaultInjectingServer::step(FaultInjectingServer::Fault::ForwardThenHold);
    });
    auto keyOf = [&proxy](int index) {
        return proxy.seen().at(index).headers.value("idempotency-key");
    };
    auto stateOf = [&staged](const QString &id) {
        const StagedChange *entry = staged.find(id);
        return entry ? entry->state : StagedState::Staged;
    };

    QSignalSpy finished(&engine, &BulkApplyEngine::finished);
    QSignalSpy progress(&engine, &BulkApplyEngine::progress);
    engine.apply();
    QTRY_COMPARE_WITH_TIMEOUT(proxy.held().size(), kRoom, kWait);
    QCOMPARE(engine.chunksInFlight(), kRoom);
    QCOMPARE(outstanding, kRoom); // the fourth chunk waits for a free slot
    for (int released = 1; released <= kChunks; ++released) {
        QTRY_COMPARE_WITH_TIMEOUT(proxy.held().size(), std::min(kRoom, kChunks - released + 1),
                                  kWait);
        const int newest = proxy.held().constLast();
        const QByteArray key = keyOf(newest);
        proxy.release(newest);
        --outstanding;
        QTRY_COMPARE_WITH_TIMEOUT(int(staged.count(StagedState::Applied)), released * kChunk,
                                  kWait);
        QCOMPARE(progress.constLast().at(0).toInt(), released * kChunk);
        for (const QString &id : rowsOfKey.value(key))
            QCOMPARE(stateOf(id), StagedState::Applied);
        for (const int other : proxy.held()) {
            for (const QString &id : rowsOfKey.value(keyOf(other)))
                QCOMPARE(stateOf(id), StagedState::Applying);
        }
        // On disk: the chunks still waiting for their answers, not the one just answered.
        if (released < kChunks) {
            QSet<QByteArray> waiting;
            for (const JournalChunk &chunk : engine.unconfirmedChunks())
                waiting.insert(chunk.idempotencyKey);
            QVERIFY(!waiting.contains(key));
            QCOMPARE(journaledKeys(), waiting);
        }
    }
    QVERIFY(!finished.isEmpty() || finished.wait(kWait));
    QCOMPARE(mostOutstanding, kRoom);
    QVERIFY2(notJournaled.isEmpty(), notJournaled.join(' ').constData());
    QCOMPARE(rowsOfKey.size(), kChunks);
    QCOMPARE(engine.summary().applied, kChunk * kChunks);
    QCOMPARE(engine.summary().rejected, 0);
    QVERIFY(!journal.exists());

    QString error;
    const QHash<QString, Workspace> now = byId(fetchAll(*m_client, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const Workspace &ws : rows) {
        QCOMPARE(now.value(ws.id).version, ws.version + 1);
        QCOMPARE(now.value(ws.id).settlement.method, SettlementMethod::BillingCenter);
    }
}

QTEST_GUILESS_MAIN(TestBulkApply)
#include "tst_bulkapply.moc"
