// The client's retry, timeout and no-double-apply rules, proven against the real server
// behind a fault injector that drops, stalls and garbles what passes through it.
#include "ApiHelpers.h"
#include "BillingClient.h"
#include "ChangeSettlementJob.h"
#include "FaultInjectingServer.h"
#include "GetAccountJob.h"
#include "JobRunner.h"
#include "SettlementBatchJob.h"
#include "TestServer.h"
#include "WorkspaceListJob.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace billing;
using namespace billing::test;
using Fault = FaultInjectingServer::Fault;

namespace {
// A state-changing request whose subclass sets no Idempotency-Key.
class UnkeyedPostJob : public ApiJob
{
public:
    explicit UnkeyedPostJob(BillingClient &client)
        : ApiJob(client, "POST", QStringLiteral("/api/v1/workspaces"), Auth::Bearer, nullptr)
    {
        setJsonBody({{QStringLiteral("name"), QStringLiteral("unkeyed")},
                     {QStringLiteral("site"), QStringLiteral("id1")},
                     {QStringLiteral("language"), QStringLiteral("en")},
                     {QStringLiteral("settlement"),
                      QJsonObject{{QStringLiteral("method"), QStringLiteral("billing_center")}}}});
    }

protected:
    bool parseSuccess(int, const QJsonDocument &) override { return true; }
};
} // namespace

class TestClientFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void droppedGetIsRetried();
    void lostAnswerOfPutIsAppliedOnce();
    void lostAnswerOfBatchIsAppliedOnce();
    void stalledServerTimesOut();
    void serverErrorsAreRetriedForGets();
    void serverErrorsExhaustRetries();
    void rateLimitHonoursRetryAfter();
    void longRetryAfterIsReported();
    void garbageIsReportedClearly();
    void everyMutationCarriesAKey();

private:
    QString freshWorkspace();
    qint64 versionOf(const QString &id);

    TestServer m_server;
    std::unique_ptr<FaultInjectingServer> m_faults;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<BillingClient> m_client;
    QString m_uid;
    QString m_instanceId;
};

void TestClientFaults::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_faults = std::make_unique<FaultInjectingServer>(m_server.baseUrl());
    m_http = std::make_unique<HttpClient>(m_server.baseUrl());
    const Session session = registerAccount(*m_http, uniqueName(u"faults"_qs));
    QVERIFY2(session.ok(), qPrintable(session.error));
    m_http->setToken(session.token);
    m_client = std::make_unique<BillingClient>(&m_network, m_faults->url());
    m_client->setSession(SessionInfo{session.token, {}, {}});
    m_client->retryPolicy.baseDelayMs = 10;
    m_client->retryPolicy.maxDelayMs = 50;
    m_client->retryPolicy.maxAttempts = 3;
    QString error;
    m_uid = uniqueUid();
    m_instanceId = createSandboxInstance(*m_http, m_uid, &error).value(u"instanceId").toString();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestClientFaults::init()
{
    m_faults->script({});
    m_faults->clearSeen();
    m_client->transferTimeoutMs = 10000;
}

QString TestClientFaults::freshWorkspace()
{
    QString error;
    const QJsonObject workspace =
        createWorkspace(*m_http, workspaceBody(uniqueName(u"fault"_qs), u"cn1"_qs), &error);
    return error.isEmpty() ? workspace.value(u"id").toString() : QString();
}

qint64 TestClientFaults::versionOf(const QString &id)
{
    QString error;
    return getWorkspace(*m_http, id, &error).value(u"version").toInteger(-1);
}

void TestClientFaults::droppedGetIsRetried()
{
    m_faults->script({FaultInjectingServer::step(Fault::Drop)});
    GetAccountJob job(*m_client);
    QVERIFY(runJob(job));
    QVERIFY2(job.ok(), describe(job));
    QCOMPARE(m_faults->seen().size(), 2);
}

void TestClientFaults::lostAnswerOfPutIsAppliedOnce()
{
    const QString id = freshWorkspace();
    QVERIFY(!id.isEmpty());
    const qint64 before = versionOf(id);
    m_faults->script({FaultInjectingServer::step(Fault::ForwardThenDrop)});
    ChangeSettlementJob job(
        *m_client, SettlementChange{id, SettlementMethod::Aliyun, m_uid, {}, m_instanceId, {}, {}},
        BillingClient::newIdempotencyKey());
    QVERIFY(runJob(job));
    QVERIFY2(job.ok(), describe(job));
    const auto &seen = m_faults->seen();
    QCOMPARE(seen.size(), 2);
    QVERIFY(!seen[0].headers.value("idempotency-key").isEmpty());
    QCOMPARE(seen[1].headers.value("idempotency-key"), seen[0].headers.value("idempotency-key"));
    // The first attempt was applied; the retry was answered from the idempotency record.
    QCOMPARE(versionOf(id), before + 1);
    QCOMPARE(job.workspace().version, before + 1);
}

void TestClientFaults::lostAnswerOfBatchIsAppliedOnce()
{
    QList<SettlementChange> changes;
    QHash<QString, qint64> before;
    for (int i = 0; i < 3; ++i) {
        const QString id = freshWorkspace();
        QVERIFY(!id.isEmpty());
        before.insert(id, versionOf(id));
        changes.append(
            {id, SettlementMethod::Aliyun, m_uid, {}, m_instanceId, {}, before.value(id)});
    }
    m_faults->script({FaultInjectingServer::step(Fault::ForwardThenDrop),
                      FaultInjectingServer::step(Fault::Drop)});
    SettlementBatchJob job(*m_client, changes, BillingClient::newIdempotencyKey());
    QVERIFY(runJob(job));
    QVERIFY2(job.ok(), describe(job));
    QCOMPARE(m_faults->seen().size(), 3);
    for (const SettlementChangeResult &result : job.results()) {
        QVERIFY2(result.applied, qPrintable(result.error.message));
        QCOMPARE(versionOf(result.workspaceId), before.value(result.workspaceId) + 1);
    }
}

void TestClientFaults::stalledServerTimesOut()
{
    m_client->transferTimeoutMs = 300;
    m_faults->script({FaultInjectingServer::step(Fault::Stall),
                      FaultInjectingServer::step(Fault::Stall),
                      FaultInjectingServer::step(Fault::Stall)});
    GetAccountJob job(*m_client);
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ClientError::Kind::Timeout);
    QCOMPARE(job.attempts(), 3);
    QVERIFY(!job.error().userMessage().isEmpty());
}

void TestClientFaults::serverErrorsAreRetriedForGets()
{
    const QByteArray internal = R"({"error":{"code":"internal","message":"boom"}})";
    m_faults->script({FaultInjectingServer::reply(500, internal),
                      FaultInjectingServer::reply(503, "upstream down")});
    WorkspaceListJob job(*m_client);
    QVERIFY(runJob(job));
    QVERIFY2(job.ok(), qPrintable(job.error().detail));
    QCOMPARE(m_faults->seen().size(), 3);
}

void TestClientFaults::serverErrorsExhaustRetries()
{
    const QByteArray unavailable = R"({"error":{"code":"service_unavailable","message":"x"}})";
    m_faults->script({FaultInjectingServer::reply(503, unavailable),
                      FaultInjectingServer::reply(503, unavailable),
                      FaultInjectingServer::reply(503, unavailable)});
    GetAccountJob job(*m_client);
    QVERIFY(runJob(job));
    QVERIFY(job.error().isApi(ErrorCode::ServiceUnavailable));
    QCOMPARE(job.error().httpStatus, 503);
    QCOMPARE(job.attempts(), 3);
}

void TestClientFaults::rateLimitHonoursRetryAfter()
{
    const QByteArray limited = R"({"error":{"code":"rate_limited","message":"slow down"}})";
    m_faults->script({FaultInjectingServer::reply(429, limited, {{"Retry-After", "1"}})});
    QElapsedTimer timer;
    timer.start();
    const QString id = freshWorkspace();
    ChangeSettlementJob job(
        *m_client, SettlementChange{id, SettlementMethod::BillingCenter, {}, {}, {}, {}, {}},
        BillingClient::newIdempotencyKey());
    QVERIFY(runJob(job));
    QVERIFY2(job.ok(), describe(job));
    QCOMPARE(job.attempts(), 2);
    QVERIFY2(timer.elapsed() >= 950, "the retry did not wait for Retry-After");
}

void TestClientFaults::longRetryAfterIsReported()
{
    const QByteArray limited = R"({"error":{"code":"rate_limited","message":"slow down"}})";
    m_faults->script({FaultInjectingServer::reply(429, limited, {{"Retry-After", "900"}})});
    GetAccountJob job(*m_client);
    QVERIFY(runJob(job));
    QVERIFY(job.error().isApi(ErrorCode::RateLimited));
    QCOMPARE(job.error().retryAfterSeconds, 900);
    QCOMPARE(job.attempts(), 1);
    QVERIFY(job.error().userMessage().contains(u"900"_qs));
}

void TestClientFaults::garbageIsReportedClearly()
{
    m_faults->script({FaultInjectingServer::reply(200, "<html>captive portal</html>"),
                      FaultInjectingServer::reply(200, "{\"items\":"),
                      FaultInjectingServer::reply(200, "[]")});
    GetAccountJob job(*m_client);
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ClientError::Kind::BadReply);
    QCOMPARE(job.attempts(), 3);
    QVERIFY(job.error().userMessage().contains(u"could not be understood"_qs));
}

void TestClientFaults::everyMutationCarriesAKey()
{
    // Qt 6.4 resends a request by itself when the connection closes before the answer, POST
    // included: the key the job adds on its own is what keeps that from applying twice.
    QString error;
    const qint64 before =
        listTotal(*m_http, u"/api/v1/workspaces"_qs, {{u"q"_qs, u"unkeyed"_qs}}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_faults->script({FaultInjectingServer::step(Fault::ForwardThenDrop)});
    UnkeyedPostJob job(*m_client);
    QVERIFY(runJob(job));
    QVERIFY2(job.ok(), describe(job));
    QVERIFY(!job.idempotencyKey().isEmpty());
    const auto &seen = m_faults->seen();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen[0].headers.value("idempotency-key"), job.idempotencyKey());
    QCOMPARE(seen[1].headers.value("idempotency-key"), job.idempotencyKey());
    QCOMPARE(listTotal(*m_http, u"/api/v1/workspaces"_qs, {{u"q"_qs, u"unkeyed"_qs}}, &error),
             before + 1);
}

QTEST_GUILESS_MAIN(TestClientFaults)
#include "tst_client_faults.moc"
