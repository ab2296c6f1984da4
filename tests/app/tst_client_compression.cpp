// gzip request bodies (issue 20), through FaultInjectingServer in front of the real
// billing-center: until an answer of the server has said "Accept-Encoding: gzip" every body
// goes as it is; after that a 1000-change batch goes gzipped and is applied, a small body
// still goes as it is, and a gzipped batch whose answer is lost is re-sent gzipped with the
// same key and applied once. Answers come gzipped; one cut off mid-body is a network failure
// (retried), never half a JSON document taken for the whole.
#include "BodyCoding.h"
#include "FaultInjectingServer.h"
#include "Gzip.h"
#include "JobRunner.h"
#include "ServerFixture.h"
#include "SettlementBatchJob.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace billing;
using namespace billing::test;
using Fault = FaultInjectingServer::Fault;

namespace {
constexpr int kBatch = 1000;
const QByteArray kBatchPath = "/api/v1/settlement-changes";

// A change the demo account's server accepts (billing_center to azure, a cloud back).
SettlementChange flip(const Workspace &ws)
{
    const bool billingCenter = ws.settlement.method == SettlementMethod::BillingCenter;
    SettlementChange change =
        targetMethod(billingCenter ? SettlementMethod::Azure : SettlementMethod::BillingCenter);
    change.workspaceId = ws.id;
    change.expectedVersion = ws.version;
    return change;
}

// The workspace ids of a batch body as it arrived, inflated when it came gzipped.
QStringList idsInBody(const FaultInjectingServer::SeenRequest &request)
{
    QByteArray json = request.body;
    if (request.headers.value("content-encoding") == "gzip"
        && gzip::decompress(request.body, 8 * 1024 * 1024, &json) != gzip::InflateResult::Ok)
        return {};
    QStringList ids;
    const QJsonArray changes = QJsonDocument::fromJson(json).object().value(u"changes").toArray();
    for (const QJsonValue &change : changes)
        ids << change.toObject().value(u"workspaceId").toString();
    return ids;
}
} // namespace

class TestClientCompression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void bodiesArePlainUntilTheServerAdvertisesGzip();
    void largeBatchGoesGzippedAndIsApplied();
    void smallBodyGoesPlain();
    void resentGzippedBatchIsAppliedOnce();
    void gzippedAnswerCutOffIsRetried();
    void loopbackServerIsSpokenToPlain();

private:
    QList<SettlementChange> takeChanges(int count);
    // Every change applied once on the server: one version on, the target method.
    QString appliedOnce(const QList<SettlementChange> &changes);
    void checkApplied(const SettlementBatchJob &job, const QList<SettlementChange> &changes);

    TestServer m_server{demoServerOptions(4 * kBatch + 100)};
    std::unique_ptr<FaultInjectingServer> m_proxy;
    QNetworkAccessManager m_network;
    std::unique_ptr<BillingClient> m_direct; // to the server itself, for checks
    std::unique_ptr<BillingClient> m_client; // through the proxy, under test
    QList<Workspace> m_unused;
};

void TestClientCompression::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_proxy = std::make_unique<FaultInjectingServer>(m_server.baseUrl());
    HttpClient http(m_server.baseUrl());
    const Session session = login(http, kDemoUser, kDemoPassword);
    QVERIFY2(session.ok(), qPrintable(session.error));
    m_direct = std::make_unique<BillingClient>(&m_network, m_server.baseUrl());
    m_direct->setSession(SessionInfo{session.token, {}, {}});
    m_client = std::make_unique<BillingClient>(&m_network, m_proxy->url());
    // The injector is on loopback; it stands for a server elsewhere.
    m_client->setCompression(BillingClient::Compression::Always);
    m_client->setSession(SessionInfo{session.token, {}, {}});
    m_client->retryPolicy = RetryPolicy{3, 10, 40, 60, {}};
    QString error;
    m_unused = fetchAll(*m_direct, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_unused.size(), 4 * kBatch + 100);
}

void TestClientCompression::init()
{
    m_proxy->script({});
    m_proxy->clearSeen();
}

QList<SettlementChange> TestClientCompression::takeChanges(int count)
{
    QList<SettlementChange> changes;
    for (const Workspace &ws : m_unused.mid(0, count))
        changes << flip(ws);
    m_unused.remove(0, count);
    return changes;
}

QString TestClientCompression::appliedOnce(const QList<SettlementChange> &changes)
{
    QString error;
    const QHash<QString, Workspace> now = byId(fetchAll(*m_direct, &error));
    if (!error.isEmpty())
        return error;
    for (const SettlementChange &change : changes) {
        const Workspace ws = now.value(change.workspaceId);
        if (ws.version != *change.expectedVersion + 1 || ws.settlement.method != change.method)
            return QStringLiteral("%1: version %2 (sent at %3), method %4")
                .arg(ws.id)
                .arg(ws.version)
                .arg(*change.expectedVersion)
                .arg(toWire(ws.settlement.method));
    }
    return {};
}

void TestClientCompression::checkApplied(const SettlementBatchJob &job,
                                         const QList<SettlementChange> &changes)
{
    QVERIFY2(job.ok(), describe(job));
    QCOMPARE(job.results().size(), changes.size());
    for (const SettlementChangeResult &result : job.results())
        QVERIFY2(result.applied, qPrintable(result.workspaceId + u": " + result.error.message));
    const QString mismatch = appliedOnce(changes);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestClientCompression::bodiesArePlainUntilTheServerAdvertisesGzip()
{
    // A proxy's error page without Accept-Encoding is no word of the server's.
    m_proxy->script({FaultInjectingServer::reply(
        503, R"({"error":{"code":"service_unavailable","message":"busy"}})")});
    const QList<SettlementChange> changes = takeChanges(kBatch);
    QVERIFY(!m_client->serverTakesGzip());
    SettlementBatchJob job(*m_client, changes, BillingClient::newIdempotencyKey());
    QVERIFY(runJob(job));
    checkApplied(job, changes);
    const auto &seen = m_proxy->seen();
    QCOMPARE(seen.size(), 2); // the canned 503, then the real server
    for (const FaultInjectingServer::SeenRequest &request : seen) {
        QVERIFY(!request.headers.contains("content-encoding"));
        QVERIFY(request.body.size() >= BodyCoding::kMinGzipBytes);
        QCOMPARE(idsInBody(request).size(), kBatch);
        // gzip answers are still asked for.
        QVERIFY(request.headers.value("accept-encoding").contains("gzip"));
    }
    QCOMPARE(seen[1].body, seen[0].body);
    QVERIFY(m_client->serverTakesGzip()); // the real server's answer said so
}

void TestClientCompression::largeBatchGoesGzippedAndIsApplied()
{
    QVERIFY(m_client->serverTakesGzip());
    const QList<SettlementChange> changes = takeChanges(kBatch);
    SettlementBatchJob job(*m_client, changes, BillingClient::newIdempotencyKey());
    QVERIFY(runJob(job));
    checkApplied(job, changes);
    QCOMPARE(m_proxy->seen().size(), 1);
    const FaultInjectingServer::SeenRequest &request = m_proxy->seen().first();
    QCOMPARE(request.path, kBatchPath);
    QCOMPARE(request.headers.value("content-encoding"), QByteArray("gzip"));
    QByteArray inflated;
    QCOMPARE(gzip::decompress(request.body, 8 * 1024 * 1024, &inflated), gzip::InflateResult::Ok);
    QVERIFY2(request.body.size() * 4 < inflated.size(),
             qPrintable(u"%1 bytes for %2"_qs.arg(request.body.size()).arg(inflated.size())));
    QStringList expected;
    for (const SettlementChange &change : changes)
        expected << change.workspaceId;
    QCOMPARE(idsInBody(request), expected);
}

void TestClientCompression::smallBodyGoesPlain()
{
    QVERIFY(m_client->serverTakesGzip());
    const QList<SettlementChange> changes = takeChanges(1);
    SettlementBatchJob job(*m_client, changes, BillingClient::newIdempotencyKey());
    QVERIFY(runJob(job));
    checkApplied(job, changes);
    QCOMPARE(m_proxy->seen().size(), 1);
    const FaultInjectingServer::SeenRequest &request = m_proxy->seen().first();
    QVERIFY(!request.headers.contains("content-encoding"));
    QVERIFY(request.body.size() < BodyCoding::kMinGzipBytes);
    QCOMPARE(idsInBody(request), QStringList{changes.first().workspaceId});
}

void TestClientCompression::resentGzippedBatchIsAppliedOnce()
{
    QVERIFY(m_client->serverTakesGzip());
    m_proxy->script({FaultInjectingServer::step(Fault::ForwardThenDrop)});
    const QList<SettlementChange> changes = takeChanges(kBatch);
    SettlementBatchJob job(*m_client, changes, BillingClient::newIdempotencyKey());
    QVERIFY(runJob(job));
    // The first send was applied and its answer lost; the resend met its stored reply (a
    // second application would have been a version_conflict for every change).
    checkApplied(job, changes);
    const auto &seen = m_proxy->seen();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen[1].headers.value("idempotency-key"), seen[0].headers.value("idempotency-key"));
    for (const FaultInjectingServer::SeenRequest &request : seen) {
        QCOMPARE(request.headers.value("content-encoding"), QByteArray("gzip"));
        QCOMPARE(idsInBody(request).size(), kBatch);
    }
}

void TestClientCompression::gzippedAnswerCutOffIsRetried()
{
    // A page of workspaces comes gzipped; cut off mid-body (also on Qt's own silent resend),
    // it is a network failure, not half a JSON document to misread.
    BillingClient once(&m_network, m_proxy->url());
    once.setCompression(BillingClient::Compression::Always);
    once.setSession(m_client->session());
    once.retryPolicy = RetryPolicy::none();
    const auto cut = FaultInjectingServer::step(Fault::ForwardThenTruncate);
    m_proxy->script({cut, cut});
    WorkspaceListJob page(once);
    QSignalSpy done(&page, &PagedListJob::finished);
    page.start();
    QVERIFY(done.wait(30000));
    QCOMPARE(page.error().kind, ClientError::Kind::Network);

    // With retries, the page is asked again and the list arrives whole.
    m_proxy->clearSeen();
    m_proxy->script({cut});
    QString error;
    const QList<Workspace> all = fetchAll(*m_client, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(all.size(), 4 * kBatch + 100);
    const auto &seen = m_proxy->seen();
    QVERIFY(seen.size() >= 2);
    QCOMPARE(seen[1].path, seen[0].path);
}

void TestClientCompression::loopbackServerIsSpokenToPlain()
{
    // Left to decide, a client of a server on this machine neither asks for gzip nor sends
    // it, although the server takes it: compressing would only cost CPU on both ends.
    BillingClient local(&m_network, m_proxy->url());
    local.setSession(m_client->session());
    QVERIFY(!local.compresses());
    QVERIFY(m_client->compresses());
    const QList<SettlementChange> first = takeChanges(1);
    SettlementBatchJob meeting(local, first, BillingClient::newIdempotencyKey());
    QVERIFY(runJob(meeting));
    QVERIFY(local.serverTakesGzip());

    m_proxy->clearSeen();
    const QList<SettlementChange> changes = takeChanges(kBatch);
    SettlementBatchJob job(local, changes, BillingClient::newIdempotencyKey());
    QVERIFY(runJob(job));
    checkApplied(job, changes);
    QCOMPARE(m_proxy->seen().size(), 1);
    const FaultInjectingServer::SeenRequest &request = m_proxy->seen().first();
    QVERIFY(!request.headers.contains("content-encoding"));
    QCOMPARE(request.headers.value("accept-encoding"), QByteArray("identity"));
    QCOMPARE(idsInBody(request).size(), kBatch);
}

QTEST_GUILESS_MAIN(TestClientCompression)
#include "tst_client_compression.moc"
