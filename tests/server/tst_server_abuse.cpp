// Issue 19, a server that faces a network: usernames capped before they reach the throttle
// or the log, failed logins limited per address too, verification codes that end after five
// wrong tries, mails capped per recipient and per address, and a marketplace that wrong SPI
// tokens cannot lock out.
#include "ApiHelpers.h"
#include "RawHttp.h"
#include "ReplyChecks.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QNetworkInterface>
#include <QTcpSocket>
#include <QTest>

using namespace billing::test;

namespace {
const QString kSessions = QStringLiteral("/api/v1/sessions");
const QString kAccounts = QStringLiteral("/api/v1/accounts");
const QString kCodes = QStringLiteral("/api/v1/verification-codes");
const QString kMailbox = QStringLiteral("/api/v1/sandbox/mailbox");
constexpr int kMaxFailedLoginsPerAddress = 30; // LoginThrottle::kMaxFailuresPerAddress
constexpr int kMaxWrongCodes = 5;              // AccountService::kMaxWrongCodes
constexpr int kMailsPerRecipient = 5;          // MailQuota::kPerRecipient
constexpr int kMailsPerAddress = 20;           // MailQuota::kPerAddress
constexpr int kMailWindowSeconds = 60 * 60;    // MailQuota::kWindowSeconds

QHostAddress nonLoopbackAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address;
    }
    return {};
}

bool retryAfterWithin(const HttpReply &reply, int maxSeconds)
{
    bool ok = false;
    const int seconds = reply.header("Retry-After").trimmed().toInt(&ok);
    return ok && seconds >= 1 && seconds <= maxSeconds;
}
} // namespace

class TestServerAbuse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void hugeUsernameIsRefusedBeforeThrottleAndLog();
    void failedLoginsAreLimitedPerAddress();
    void verificationCodeEndsAfterFiveWrongTries();
    void mailsAreCappedPerRecipient();
    void mailsAreCappedPerAddress();
    void wrongSpiTokensNeverBlockASignedCall();

private:
    HttpReply loginWith(const QString &username, const QString &password);
    HttpReply registerWith(const QJsonObject &body);
    HttpReply requestCodeFrom(const QHostAddress &source, const QString &email);
    qint64 mailsTo(const QString &email);
    void moveClock(qint64 seconds);

    TestServer m_server;
    HttpClient m_http;
};

void TestServerAbuse::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_http.setBaseUrl(m_server.baseUrl());
}

void TestServerAbuse::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

HttpReply TestServerAbuse::loginWith(const QString &username, const QString &password)
{
    const QJsonObject body{{u"username"_qs, username}, {u"password"_qs, password}};
    return m_http.send({"POST", kSessions, {}, compactJson(body), {}, QString()});
}

HttpReply TestServerAbuse::registerWith(const QJsonObject &body)
{
    return m_http.send({"POST", kAccounts, {}, compactJson(body), {}, QString()});
}

HttpReply TestServerAbuse::requestCodeFrom(const QHostAddress &source, const QString &email)
{
    QTcpSocket socket;
    if (!socket.bind(source))
        return {};
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_server.baseUrl().port()));
    if (!socket.waitForConnected(10000))
        return {};
    const QByteArray body = compactJson({{u"email"_qs, email}});
    return rawExchange(socket, "POST /api/v1/verification-codes HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Content-Type: application/json\r\nConnection: close\r\n"
                               "Content-Length: "
                                   + QByteArray::number(body.size()) + "\r\n\r\n" + body);
}

qint64 TestServerAbuse::mailsTo(const QString &email)
{
    QString error;
    const qint64 total = listTotal(m_http, kMailbox, {{u"to"_qs, email}}, &error);
    return error.isEmpty() ? total : -1;
}

void TestServerAbuse::moveClock(qint64 seconds)
{
    QString error;
    const QDateTime now = serverNow(m_http, &error);
    VERIFY_NO_ERROR(error);
    VERIFY_STATUS(setClock(m_http, now.addSecs(seconds)), 200);
}

void TestServerAbuse::hugeUsernameIsRefusedBeforeThrottleAndLog()
{
    const QString marker = uniqueName(u"HugeName"_qs);
    QString huge;
    while (huge.size() < 1024 * 1024)
        huge += marker;
    QElapsedTimer timer;
    timer.start();
    const HttpReply reply = loginWith(huge, u"whatever-password"_qs);
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, u"username"_qs);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(reply.body.size() < 4096, "the reply echoes the username");
    // Not a failure of any username: a real one of that prefix is not throttled by it.
    for (int i = 0; i < 5; ++i)
        VERIFY_ERROR(loginWith(huge, u"whatever-password"_qs), 422, "validation_failed");
    QVERIFY2(!m_server.log().contains(marker + marker), "the huge username reached the log");
}

void TestServerAbuse::failedLoginsAreLimitedPerAddress()
{
    const Session alice = registerAccount(m_http, uniqueName(u"addr"_qs));
    VERIFY_NO_ERROR(alice.error);
    // One wrong password per username: no username's own limit is reached.
    for (int i = 0; i < kMaxFailedLoginsPerAddress; ++i)
        VERIFY_ERROR(loginWith(uniqueName(u"spray"_qs), u"guess-password"_qs), 401,
                     "unauthenticated");
    const HttpReply refused = loginWith(uniqueName(u"spray"_qs), u"guess-password"_qs);
    VERIFY_ERROR(refused, 429, "rate_limited");
    QVERIFY2(retryAfterWithin(refused, 15 * 60), qPrintable(refused.describe()));
    // Every login from that address waits, and the sessions issued before still work.
    VERIFY_ERROR(loginWith(alice.username, alice.password), 429, "rate_limited");
    HttpClient client(m_server.baseUrl(), alice.token);
    VERIFY_STATUS(client.get(u"/api/v1/account"_qs), 200);
    moveClock(15 * 60 + 5);
    VERIFY_STATUS(loginWith(alice.username, alice.password), 201);
}

void TestServerAbuse::verificationCodeEndsAfterFiveWrongTries()
{
    const QString username = uniqueName(u"guess"_qs);
    const QString email = emailFor(username);
    QString error;
    const QString code = requestVerificationCode(m_http, email, &error);
    VERIFY_NO_ERROR(error);
    const QString wrong = code == u"123456" ? u"654321"_qs : u"123456"_qs;
    for (int i = 1; i <= kMaxWrongCodes; ++i) {
        const HttpReply reply = registerWith(registrationBody(username, email, wrong));
        VERIFY_ERROR(reply, 422, "verification_code_invalid");
        VERIFY_FIELDS(reply, u"verificationCode"_qs);
    }
    // The right code no longer works, and the reply says what to do.
    const HttpReply ended = registerWith(registrationBody(username, email, code));
    VERIFY_ERROR(ended, 422, "verification_code_invalid");
    QVERIFY2(ended.error().value(u"message").toString().contains(u"new code"),
             qPrintable(ended.describe()));
    // A new code starts again.
    const QString fresh = requestVerificationCode(m_http, email, &error);
    VERIFY_NO_ERROR(error);
    VERIFY_STATUS(registerWith(registrationBody(username, email, fresh)), 201);
}

void TestServerAbuse::mailsAreCappedPerRecipient()
{
    const QString email = emailFor(uniqueName(u"flood"_qs));
    for (int i = 0; i < kMailsPerRecipient; ++i)
        VERIFY_STATUS(m_http.post(kCodes, {{u"email"_qs, email}}), 202);
    const HttpReply refused = m_http.post(kCodes, {{u"email"_qs, email.toUpper()}});
    VERIFY_ERROR(refused, 429, "rate_limited");
    QVERIFY2(retryAfterWithin(refused, kMailWindowSeconds), qPrintable(refused.describe()));
    QCOMPARE(mailsTo(email), qint64(kMailsPerRecipient));
    // Others are not affected; the window passes on the server clock.
    VERIFY_STATUS(m_http.post(kCodes, {{u"email"_qs, emailFor(uniqueName(u"calm"_qs))}}), 202);
    moveClock(kMailWindowSeconds + 5);
    VERIFY_STATUS(m_http.post(kCodes, {{u"email"_qs, email}}), 202);
    QCOMPARE(mailsTo(email), qint64(kMailsPerRecipient + 1));
}

void TestServerAbuse::mailsAreCappedPerAddress()
{
    const QHostAddress source = nonLoopbackAddress();
    if (source.isNull())
        QSKIP("no non-loopback IPv4 address on this machine");
    for (int i = 0; i < kMailsPerAddress; ++i) {
        const HttpReply sent = requestCodeFrom(source, emailFor(uniqueName(u"spam"_qs)));
        VERIFY_STATUS(sent, 202);
    }
    const QString last = emailFor(uniqueName(u"spam"_qs));
    const HttpReply refused = requestCodeFrom(source, last);
    VERIFY_ERROR(refused, 429, "rate_limited");
    QVERIFY2(retryAfterWithin(refused, kMailWindowSeconds), qPrintable(refused.describe()));
    QCOMPARE(mailsTo(last), qint64(0));
    // Loopback callers are not counted per address.
    VERIFY_STATUS(m_http.post(kCodes, {{u"email"_qs, last}}), 202);
    QCOMPARE(mailsTo(last), qint64(1));
}

void TestServerAbuse::wrongSpiTokensNeverBlockASignedCall()
{
    const QString uid = uniqueUid();
    for (int i = 0; i < 25; ++i) {
        const HttpReply wrong = callSpi(m_http, createInstanceParams(uid, uniqueOrderId()),
                                        "guess-" + QByteArray::number(i));
        QVERIFY2(wrong.status == 403 || wrong.status == 429, qPrintable(wrong.describe()));
    }
    const HttpReply created =
        callSpi(m_http, createInstanceParams(uid, uniqueOrderId()), m_server.spiKey());
    VERIFY_STATUS(created, 200);
    QVERIFY(!created.object().value(u"instanceId").toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestServerAbuse)
#include "tst_server_abuse.moc"
