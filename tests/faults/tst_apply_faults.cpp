// A bulk apply through a network that garbles, cuts, resets and stalls (FaultInjectingServer
// in front of the real billing-center). The engine gives up on the chunk after the retries
// its idempotency key allows, the user sees a clear sentence, the staged rows and the
// journal survive the failure, and the next apply ends with every change applied once.
#include "BulkApplyEngine.h"
#include "FaultFixtures.h"
#include "FaultInjectingServer.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace billing;
using namespace billing::test;
using Fault = FaultInjectingServer::Fault;
using Step = FaultInjectingServer::Step;

namespace {
constexpr int kRows = 60;
constexpr int kChunk = 25; // chunks of 25, 25 and 10, all in flight at once
constexpr int kAttempts = 3;
const QByteArray kBatchPath = "/api/v1/settlement-changes";
} // namespace

class TestApplyFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void faultDuringBulkApply_data();
    void faultDuringBulkApply();
    void committedChunkWithoutIdempotencyRecord();

private:
    TestServer m_server{demoServerOptions(1000)};
    std::unique_ptr<FaultInjectingServer> m_proxy;
    QNetworkAccessManager m_network;
    std::unique_ptr<BillingClient> m_client;
    QList<Workspace> m_unused; // each row takes its own: a settlement changes once a month
    QTemporaryDir m_dataDir;
};

void TestApplyFaults::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_proxy = std::make_unique<FaultInjectingServer>(m_server.baseUrl());
    HttpClient http(m_server.baseUrl());
    const Session session = login(http, kDemoUser, kDemoPassword);
    QVERIFY2(session.ok(), qPrintable(session.error));
    m_client = std::make_unique<BillingClient>(&m_network, m_proxy->url());
    m_client->setSession(SessionInfo{session.token, {}, {}});
    m_client->retryPolicy = RetryPolicy{kAttempts, 10, 40, 60, {}};
    QString error;
    m_unused = fetchAll(*m_client, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestApplyFaults::faultDuringBulkApply_data()
{
    QTest::addColumn<Step>("fault");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("userText");
    QTest::addColumn<bool>("serverApplies");
    const auto badReply = int(ClientError::Kind::BadReply);
    const QString notUnderstood = u"could not be understood"_qs;
    const QByteArray html = "<html><body>Sign in to the hotel Wi-Fi</body></html>";
    const QByteArray json = R"({"results":[{"workspaceId":"ws-1","status":"applied"}]})";

    QTest::newRow("garbage JSON") << FaultInjectingServer::reply(200, R"({"results":[{"works)")
                                  << badReply << notUnderstood << false;
    QTest::newRow("wrong results")
        << FaultInjectingServer::reply(200, json) << badReply << notUnderstood << false;
    QTest::newRow("HTML, wrong content type")
        << FaultInjectingServer::reply(200, html, {{"Content-Type", "text/html"}}) << badReply
        << notUnderstood << false;
    QTest::newRow("proxy error page")
        << FaultInjectingServer::reply(502, html, {{"Content-Type", "text/html"}}) << badReply
        << notUnderstood << false;
    // A body cut off mid-way is a network failure (the answer never arrived whole), not an
    // answer to parse.
    const auto network = int(ClientError::Kind::Network);
    const QString unreachable = u"could not be reached"_qs;
    QTest::newRow("truncated body")
        << FaultInjectingServer::truncated(200, json + json) << network << unreachable << false;
    QTest::newRow("reset mid-body after the server applied")
        << FaultInjectingServer::step(Fault::ForwardThenTruncate) << network << unreachable << true;
    QTest::newRow("reset before any answer")
        << FaultInjectingServer::step(Fault::Drop) << network << unreachable << false;
    QTest::newRow("stall") << FaultInjectingServer::step(Fault::Stall)
                           << int(ClientError::Kind::Timeout) << u"did not answer in time"_qs
                           << false;
    QTest::newRow("stall after the server applied")
        << FaultInjectingServer::step(Fault::ForwardThenStall) << int(ClientError::Kind::Timeout)
        << u"did not answer in time"_qs << true;
}

void TestApplyFaults::faultDuringBulkApply()
{
    QFETCH(Step, fault);
    QFETCH(int, kind);
    QFETCH(QString, userText);
    QFETCH(bool, serverApplies);
    QVERIFY(m_unused.size() >= kRows);
    const QList<StagedChange> changes = flipAll(m_unused.mid(0, kRows));
    m_unused.remove(0, kRows);
    m_client->transferTimeoutMs = 400;

    ChangeJournal journal(m_dataDir.path(), m_proxy->url(), kDemoUser);
    StagedChanges staged;
    BulkApplyEngine engine(*m_client, staged, &journal);
    engine.setChunkSize(kChunk);
    engine.setMaxChunksInFlight(3);
    staged.put(changes);
    // The second chunk meets the fault on every attempt; the first and third go through.
    QByteArray faultyKey;
    connect(&engine, &BulkApplyEngine::chunkSent, this,
            [&faultyKey](int index, const QByteArray &key) {
                if (index == 1)
                    faultyKey = key;
            });
    int faulted = 0;
    m_proxy->setRule([&](const FaultInjectingServer::SeenRequest &request) -> std::optional<Step> {
        if (request.path != kBatchPath || request.headers.value("idempotency-key") != faultyKey)
            return std::nullopt;
        ++faulted;
        return fault;
    });
    QSignalSpy finished(&engine, &BulkApplyEngine::finished);
    engine.apply();
    QVERIFY(finished.wait(30000));
    m_proxy->setRule({});
    disconnect(&engine, &BulkApplyEngine::chunkSent, this, nullptr);
    // At least: Qt resends by itself once when a connection closes before any answer.
    QVERIFY2(faulted >= kAttempts, qPrintable(QString::number(faulted)));

    const BulkApplyEngine::Summary failed = engine.summary();
    QCOMPARE(int(failed.error.kind), kind);
    QVERIFY2(failed.error.userMessage().contains(userText), qPrintable(failed.error.userMessage()));
    // The chunks in flight beside the faulty one completed.
    QCOMPARE(failed.applied, kRows - kChunk);
    QCOMPARE(failed.rejected, 0);
    QCOMPARE(failed.remaining, 0);
    // Nothing the user staged is lost: the chunk waits, unconfirmed, with its key.
    QCOMPARE(staged.count(StagedState::Applied), kRows - kChunk);
    QCOMPARE(staged.count(StagedState::Applying), kChunk);
    QCOMPARE(staged.count(StagedState::Staged), 0);
    QCOMPARE(engine.unconfirmedChunks().size(), 1);
    const QByteArray key = engine.unconfirmedChunks().first().idempotencyKey;
    QCOMPARE(key, faultyKey);
    QString error;
    const auto onDisk = journal.load(&error);
    QVERIFY2(onDisk, qPrintable(error));
    QCOMPARE(onDisk->entries.size(), kChunk);
    QCOMPARE(onDisk->unconfirmed.size(), 1);
    QCOMPARE(onDisk->unconfirmed.first().idempotencyKey, key);

    int other = 0;
    const int appliedOnServer =
        countAppliedOnce(changes, byId(fetchAll(*m_client, &error)), &other);
    QCOMPARE(other, 0);
    QCOMPARE(appliedOnServer, serverApplies ? kRows : kRows - kChunk);

    // The network is back: the same key first, and no change applied twice.
    m_client->transferTimeoutMs = 30000;
    QList<QByteArray> keys;
    connect(&engine, &BulkApplyEngine::chunkSent, this,
            [&keys](int, const QByteArray &sent) { keys << sent; });
    engine.apply();
    QVERIFY(finished.wait(30000));
    QCOMPARE(keys.value(0), key);
    const BulkApplyEngine::Summary resumed = engine.summary();
    QVERIFY2(!resumed.error.isError(), qPrintable(resumed.error.detail));
    QCOMPARE(resumed.rejected, 0);
    QCOMPARE(resumed.applied, kChunk);
    QCOMPARE(countAppliedOnce(changes, byId(fetchAll(*m_client, &error)), &other), kRows);
    QCOMPARE(other, 0);
    QVERIFY(!journal.exists());
}

// The server committed a chunk and died before it stored the idempotency record (they are
// not one transaction): the journal's re-send meets version_conflicts that show the target
// one version on. Those count as applied, not as rejections the user has to sort out.
void TestApplyFaults::committedChunkWithoutIdempotencyRecord()
{
    QVERIFY(m_unused.size() >= kChunk);
    const QList<StagedChange> changes = flipAll(m_unused.mid(0, kChunk));
    m_unused.remove(0, kChunk);
    JournalChunk chunk{BillingClient::newIdempotencyKey(), {}, QDateTime::currentDateTimeUtc()};
    QJsonArray items;
    JournalContents contents;
    for (StagedChange change : changes) {
        chunk.changes << change.target;
        items << change.target.toJson(true);
        change.state = StagedState::Applying;
        contents.entries << change;
    }
    contents.unconfirmed << chunk;
    // The first send, committed under a key the server no longer knows.
    HttpClient http(m_server.baseUrl(), m_client->session().token);
    const HttpReply first = http.post(u"/api/v1/settlement-changes"_qs, {{u"changes"_qs, items}},
                                      {{"Idempotency-Key", "record-lost-in-the-crash"}});
    QCOMPARE(first.status, 200);

    ChangeJournal journal(m_dataDir.path(), m_proxy->url(), kDemoUser);
    StagedChanges staged;
    BulkApplyEngine engine(*m_client, staged, &journal);
    engine.restore(contents);
    QSignalSpy finished(&engine, &BulkApplyEngine::finished);
    engine.apply();
    QVERIFY(finished.wait(30000));
    const BulkApplyEngine::Summary summary = engine.summary();
    QVERIFY2(!summary.error.isError(), qPrintable(summary.error.detail));
    QCOMPARE(summary.rejected, 0);
    QCOMPARE(summary.applied, kChunk);
    QCOMPARE(staged.count(StagedState::Applied), kChunk);
    QString error;
    int other = 0;
    QCOMPARE(countAppliedOnce(changes, byId(fetchAll(*m_client, &error)), &other), kChunk);
    QCOMPARE(other, 0);

    // A change that really conflicts (its workspace moved on twice) is still a rejection.
    StagedChange stale = changes.first();
    stale.state = StagedState::Applying;
    stale.target.expectedVersion = *stale.target.expectedVersion - 1;
    JournalContents staleContents;
    staleContents.entries << stale;
    staleContents.unconfirmed << JournalChunk{
        BillingClient::newIdempotencyKey(), {stale.target}, {}};
    engine.restore(staleContents);
    engine.apply();
    QVERIFY(finished.wait(30000));
    QCOMPARE(engine.summary().rejected, 1);
    QCOMPARE(staged.find(stale.workspaceId())->error.code, ErrorCode::VersionConflict);
}

QTEST_GUILESS_MAIN(TestApplyFaults)
#include "tst_apply_faults.moc"
