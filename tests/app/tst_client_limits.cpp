// What a broken or hostile server cannot make the client do: send the session token to
// another server through a redirect, read an answer without end, or follow a list that
// never ends. The real billing-center behind fault injectors that produce what it never would.
#include "ApiHelpers.h"
#include "BillingClient.h"
#include "FaultInjectingServer.h"
#include "GetAccountJob.h"
#include "JobRunner.h"
#include "PagedListJob.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>

using namespace billing;
using namespace billing::test;
using Fault = FaultInjectingServer::Fault;

class TestClientLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void crossOriginRedirectKeepsTheToken_data();
    void crossOriginRedirectKeepsTheToken();
    void sameOriginRedirectIsFollowed();
    void endlessAnswerIsAborted();
    void listThatNeverEndsStops();

private:
    TestServer m_server;
    std::unique_ptr<FaultInjectingServer> m_front; // "server A": the client's Billing Center
    std::unique_ptr<FaultInjectingServer> m_other; // "server B": where A's redirects point
    QNetworkAccessManager m_network;
    std::unique_ptr<BillingClient> m_client;
    QString m_token;
};

void TestClientLimits::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    HttpClient http(m_server.baseUrl());
    const Session session = registerAccount(http, uniqueName(u"limits"_qs));
    QVERIFY2(session.ok(), qPrintable(session.error));
    m_token = session.token;
    m_front = std::make_unique<FaultInjectingServer>(m_server.baseUrl());
    m_other = std::make_unique<FaultInjectingServer>(m_server.baseUrl());
    // B answers everything itself: nothing it is sent reaches the real server.
    m_other->setRule([](const FaultInjectingServer::SeenRequest &) {
        return FaultInjectingServer::reply(200, R"({"id":"acc_x","username":"x"})");
    });
    m_client = std::make_unique<BillingClient>(&m_network, m_front->url());
    m_client->setSession(SessionInfo{m_token, {}, {}});
    m_client->retryPolicy.baseDelayMs = 10;
    m_client->retryPolicy.maxAttempts = 3;
}

void TestClientLimits::init()
{
    m_front->script({});
    m_front->setRule({});
    m_front->clearSeen();
    m_other->clearSeen();
}

void TestClientLimits::crossOriginRedirectKeepsTheToken_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("same host, other port") << u"127.0.0.1"_qs;
    QTest::newRow("other host") << u"localhost"_qs;
}

void TestClientLimits::crossOriginRedirectKeepsTheToken()
{
    QFETCH(QString, host);
    QUrl target = m_other->url();
    target.setHost(host);
    target.setPath(u"/api/v1/account"_qs);
    m_front->script({FaultInjectingServer::reply(302, {}, {{"Location", target.toEncoded()}})});

    GetAccountJob job(*m_client);
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ClientError::Kind::RefusedRedirect);
    const QString message = job.error().userMessage();
    QVERIFY2(message.contains(u"another server"_qs) && message.contains(host), qPrintable(message));
    QVERIFY2(!message.contains(m_token) && !job.error().detail.contains(m_token),
             qPrintable(job.error().detail));
    QCOMPARE(job.attempts(), 1); // a refused redirect is not retried
    QCOMPARE(m_front->seen().size(), 1);
    for (const FaultInjectingServer::SeenRequest &request : m_other->seen())
        QVERIFY2(!request.headers.contains("authorization"), request.path.constData());
    QCOMPARE(m_other->seen().size(), 0);
}

void TestClientLimits::sameOriginRedirectIsFollowed()
{
    QUrl target = m_front->url();
    target.setPath(u"/api/v1/account"_qs);
    m_front->script({FaultInjectingServer::reply(307, {}, {{"Location", target.toEncoded()}})});

    GetAccountJob job(*m_client);
    QVERIFY(runJob(job));
    QVERIFY2(job.ok(), describe(job));
    QCOMPARE(m_front->seen().size(), 2);
    QCOMPARE(m_front->seen().at(1).headers.value("authorization"), "Bearer " + m_token.toLatin1());
}

void TestClientLimits::endlessAnswerIsAborted()
{
    m_front->setRule([](const FaultInjectingServer::SeenRequest &) {
        return FaultInjectingServer::endless(200, R"({"id":")");
    });
    QElapsedTimer timer;
    timer.start();
    GetAccountJob job(*m_client);
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ClientError::Kind::ReplyTooLarge);
    QCOMPARE(job.error().limit, BillingClient::kDefaultMaxReplyBytes);
    QVERIFY2(job.error().userMessage().contains(u"64 MiB"_qs),
             qPrintable(job.error().userMessage()));
    QCOMPARE(job.attempts(), 1); // the same server would send the same again
    QVERIFY2(timer.elapsed() < 20000, "the answer was not cut off at the limit");
}

void TestClientLimits::listThatNeverEndsStops()
{
    auto page = std::make_shared<int>(0);
    m_front->setRule([page](const FaultInjectingServer::SeenRequest &) {
        const QByteArray cursor = "c" + QByteArray::number(++*page);
        return FaultInjectingServer::reply(200, R"({"items":[{"id":"n"}],"nextCursor":")" + cursor
                                                    + R"(","total":1})");
    });
    PagedListJob job(*m_client, u"/api/v1/notifications"_qs, {}, 1);
    QVERIFY(runJob(job, 120000));
    QCOMPARE(job.error().kind, ClientError::Kind::TooManyPages);
    const qint64 maxPages = BillingClient::kDefaultMaxPages;
    QCOMPARE(job.error().limit, maxPages);
    QCOMPARE(qint64(m_front->seen().size()), maxPages);
    QCOMPARE(job.received(), maxPages);
    QVERIFY2(job.error().userMessage().contains(u"1000 pages"_qs),
             qPrintable(job.error().userMessage()));
}

QTEST_GUILESS_MAIN(TestClientLimits)
#include "tst_client_limits.moc"
