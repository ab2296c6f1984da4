// What billing-center processes on one PostgreSQL database count together (issue 22): a
// caller's requests per minute and an address's wrong SPI tokens, whichever process each
// reached. Two processes behind a proxy on loopback (--trusted-proxy), as behind a balancer.
#include "ApiHelpers.h"
#include "HttpClient.h"
#include "RawHttp.h"
#include "ReplyChecks.h"
#include "ServerGroup.h"

#include <QTcpSocket>
#include <QTest>

#include <array>
#include <memory>

using namespace billing::test;

namespace {
constexpr int kProcesses = 2;
constexpr int kRequestsPerMinute = 600; // AddressRateLimiter::kLimit
constexpr int kMaxBadSpiTokens = 20;    // SpiHandler::kMaxBadTokens

QByteArray healthz(const QByteArray &extraHeaders = {})
{
    return "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

int retryAfter(const HttpReply &reply)
{
    bool ok = false;
    const int seconds = reply.header("Retry-After").toInt(&ok);
    return ok ? seconds : -1;
}
} // namespace

class TestServerSharedLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void requestsCountAtEveryProcess();
    void wrongSpiTokensCountAtEveryProcess();

private:
    std::unique_ptr<QTcpSocket> connectTo(int process);

    ServerGroup m_group{kProcesses, [] {
                            TestServer::Options options;
                            options.extraArgs << QStringLiteral("--trusted-proxy")
                                              << QStringLiteral("127.0.0.0/8");
                            return options;
                        }()};
    std::array<HttpClient, kProcesses> m_anon;
};

void TestServerSharedLimits::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("BILLING_TEST_POSTGRES_URL"))
        QFAIL("BILLING_TEST_POSTGRES_URL is not set: run this test through scripts/test, which "
              "starts a throwaway PostgreSQL");
    QVERIFY2(m_group.start(), qPrintable(m_group.errorString()));
    for (int i = 0; i < kProcesses; ++i)
        m_anon[size_t(i)].setBaseUrl(m_group.at(i).baseUrl());
}

void TestServerSharedLimits::cleanupTestCase()
{
    QVERIFY2(m_group.stopAll(), qPrintable(m_group.logs()));
}

std::unique_ptr<QTcpSocket> TestServerSharedLimits::connectTo(int process)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, quint16(m_group.at(process).baseUrl().port()));
    socket->waitForConnected(5000);
    return socket;
}

void TestServerSharedLimits::requestsCountAtEveryProcess()
{
    std::array<std::unique_ptr<QTcpSocket>, kProcesses> proxy{connectTo(0), connectTo(1)};
    const QByteArray caller = "X-Forwarded-For: 203.0.113.7\r\n";
    for (int i = 0; i < kRequestsPerMinute; ++i)
        QCOMPARE(rawExchange(*proxy[size_t(i % kProcesses)], healthz(caller)).status, 200);
    // The 601st, at either process, waits for the window both counted in.
    for (const auto &socket : proxy) {
        const HttpReply limited = rawExchange(*socket, healthz(caller));
        VERIFY_ERROR(limited, 429, "rate_limited");
        QVERIFY2(retryAfter(limited) >= 1 && retryAfter(limited) <= 60,
                 qPrintable(limited.describe()));
    }
    // Another caller has a window of its own; the proxy's own requests (loopback) count not.
    QCOMPARE(rawExchange(*proxy[0], healthz("X-Forwarded-For: 203.0.113.8\r\n")).status, 200);
    for (const auto &socket : proxy)
        QCOMPARE(rawExchange(*socket, healthz()).status, 200);
}

void TestServerSharedLimits::wrongSpiTokensCountAtEveryProcess()
{
    const QString uid = uniqueUid();
    for (int i = 0; i < kMaxBadSpiTokens; ++i) {
        const HttpReply wrong =
            callSpi(m_anon[size_t(i % kProcesses)], createInstanceParams(uid, uniqueOrderId()),
                    "guess-" + QByteArray::number(i));
        VERIFY_SPI_ERROR(wrong, 403, "forbidden");
    }
    for (HttpClient &client : m_anon) {
        const HttpReply blocked =
            callSpi(client, createInstanceParams(uid, uniqueOrderId()), "guess-again");
        VERIFY_SPI_ERROR(blocked, 429, "rate_limited");
        QVERIFY2(retryAfter(blocked) >= 1 && retryAfter(blocked) <= 15 * 60,
                 qPrintable(blocked.describe()));
    }
    // The marketplace, signing correctly from the same address, still gets through.
    VERIFY_STATUS(
        callSpi(m_anon[1], createInstanceParams(uid, uniqueOrderId()), m_group.at(1).spiKey()),
        200);
}

QTEST_GUILESS_MAIN(TestServerSharedLimits)
#include "tst_server_shared_limits.moc"
