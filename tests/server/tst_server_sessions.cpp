// Sessions: login, wrong credentials, logout, expiry on the server clock, and the per-username
// throttle of failed logins.
#include "ApiHelpers.h"
#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "TestServer.h"

#include <QTest>

using namespace billing::test;

namespace {
const QString kSessions = QStringLiteral("/api/v1/sessions");
const QString kCurrent = QStringLiteral("/api/v1/sessions/current");
const QString kAccount = QStringLiteral("/api/v1/account");
const QDateTime kStart = utc("2031-05-20T09:30:00Z");
} // namespace

class TestServerSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void loginIssuesASession();
    void loginIsCaseInsensitiveOnTheUsername();
    void wrongCredentials_data();
    void wrongCredentials();
    void wrongPasswordReadsLikeUnknownUser();
    void loginBodyIsValidated_data();
    void loginBodyIsValidated();
    void logoutRevokesAtOnce();
    void sessionsAreIndependent();
    void throttleAfterFiveFailures();
    void oldFailuresDoNotCount();
    void throttleIgnoresUsernameCase();
    void throttleDoesNotRevealUnknownUsernames();
    void sessionExpiresOnTheServerClock();

private:
    HttpReply loginWith(const QString &username, const QString &password);

    TestServer m_server;
    HttpClient m_http;
    Session m_alice;
};

void TestServerSessions::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_http.setBaseUrl(m_server.baseUrl());
    VERIFY_STATUS(setClock(m_http, kStart), 200);
    m_alice = registerAccount(m_http, uniqueName(QStringLiteral("Sess")));
    VERIFY_NO_ERROR(m_alice.error);
}

void TestServerSessions::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

HttpReply TestServerSessions::loginWith(const QString &username, const QString &password)
{
    const QJsonObject body{{QStringLiteral("username"), username},
                           {QStringLiteral("password"), password}};
    return m_http.send({"POST", kSessions, {}, compactJson(body), {}, QString()});
}

void TestServerSessions::loginIssuesASession()
{
    QString error;
    const QDateTime before = serverNow(m_http, &error);
    VERIFY_NO_ERROR(error);
    const HttpReply reply = loginWith(m_alice.username, m_alice.password);
    VERIFY_STATUS(reply, 201);
    const QString token = reply.object().value(QLatin1String("token")).toString();
    QVERIFY(!token.isEmpty());
    QVERIFY(token != m_alice.token);
    const QDateTime expiresAt =
        billing::rfc3339::parse(reply.object().value(QLatin1String("expiresAt")).toString());
    QVERIFY2(expiresAt >= before.addSecs(12 * 3600 - 1)
                 && expiresAt <= before.addSecs(12 * 3600 + 120),
             qPrintable(reply.describe()));
    const QJsonObject account = reply.object().value(QLatin1String("account")).toObject();
    QCOMPARE(account.value(QLatin1String("id")).toString(), m_alice.accountId);
    QVERIFY2(!reply.body.contains(m_alice.password.toUtf8()), reply.body.constData());

    HttpClient client(m_server.baseUrl(), token);
    const HttpReply me = client.get(kAccount);
    VERIFY_STATUS(me, 200);
    QCOMPARE(me.object(), account);
}

void TestServerSessions::loginIsCaseInsensitiveOnTheUsername()
{
    VERIFY_STATUS(loginWith(m_alice.username.toUpper(), m_alice.password), 201);
}

void TestServerSessions::wrongCredentials_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password")
        << QStringLiteral("ALICE") << QStringLiteral("not-the-password");
    QTest::newRow("password case") << QStringLiteral("ALICE") << QStringLiteral("CORRECT-HORSE-42");
    QTest::newRow("unknown user") << QStringLiteral("nobody-here")
                                  << QStringLiteral("whatever-123");
}

void TestServerSessions::wrongCredentials()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    username.replace(QLatin1String("ALICE"), m_alice.username);
    const HttpReply reply = loginWith(username, password);
    VERIFY_ERROR(reply, 401, "unauthenticated");
    QVERIFY2(!reply.hasHeader("Retry-After"), qPrintable(reply.describe()));
}

void TestServerSessions::wrongPasswordReadsLikeUnknownUser()
{
    const HttpReply wrong = loginWith(m_alice.username, QStringLiteral("not-the-password"));
    const HttpReply unknown =
        loginWith(uniqueName(QStringLiteral("nobody")), QStringLiteral("x-password"));
    VERIFY_ERROR(wrong, 401, "unauthenticated");
    VERIFY_ERROR(unknown, 401, "unauthenticated");
    QCOMPARE(wrong.body, unknown.body);
}

void TestServerSessions::loginBodyIsValidated_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QString user = QStringLiteral("someone");
    const QString pass = QStringLiteral("secret-pass");
    QTest::newRow("no username") << QJsonObject{{QStringLiteral("password"), pass}}
                                 << QStringLiteral("username");
    QTest::newRow("no password") << QJsonObject{{QStringLiteral("username"), user}}
                                 << QStringLiteral("password");
    QTest::newRow("username number")
        << QJsonObject{{QStringLiteral("username"), 7}, {QStringLiteral("password"), pass}}
        << QStringLiteral("username");
    QTest::newRow("unknown field") << QJsonObject{{QStringLiteral("username"), user},
                                                  {QStringLiteral("password"), pass},
                                                  {QStringLiteral("remember"), true}}
                                   << QStringLiteral("remember");
}

void TestServerSessions::loginBodyIsValidated()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const HttpReply reply = m_http.send({"POST", kSessions, {}, compactJson(body), {}, QString()});
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, field);
}

void TestServerSessions::logoutRevokesAtOnce()
{
    const Session session = login(m_http, m_alice.username, m_alice.password);
    VERIFY_NO_ERROR(session.error);
    HttpClient client(m_server.baseUrl(), session.token);
    VERIFY_STATUS(client.get(kAccount), 200);

    const HttpReply logout = client.del(kCurrent);
    VERIFY_STATUS(logout, 204);
    QVERIFY2(logout.body.isEmpty(), logout.body.constData());

    const HttpReply after = client.get(kAccount);
    VERIFY_ERROR(after, 401, "unauthenticated");
    QVERIFY(after.header("WWW-Authenticate").startsWith("Bearer"));
    VERIFY_ERROR(client.del(kCurrent), 401, "unauthenticated");
    VERIFY_ERROR(client.get(QStringLiteral("/api/v1/workspaces")), 401, "unauthenticated");
}

void TestServerSessions::sessionsAreIndependent()
{
    const Session first = login(m_http, m_alice.username, m_alice.password);
    const Session second = login(m_http, m_alice.username, m_alice.password);
    VERIFY_NO_ERROR(first.error);
    VERIFY_NO_ERROR(second.error);
    HttpClient one(m_server.baseUrl(), first.token);
    HttpClient two(m_server.baseUrl(), second.token);
    VERIFY_STATUS(one.del(kCurrent), 204);
    VERIFY_ERROR(one.get(kAccount), 401, "unauthenticated");
    VERIFY_STATUS(two.get(kAccount), 200);
    HttpClient registered(m_server.baseUrl(), m_alice.token);
    VERIFY_STATUS(registered.get(kAccount), 200);
}

void TestServerSessions::throttleAfterFiveFailures()
{
    const Session victim = registerAccount(m_http, uniqueName(QStringLiteral("victim")));
    VERIFY_NO_ERROR(victim.error);
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const HttpReply reply = loginWith(victim.username, QStringLiteral("wrong-%1").arg(attempt));
        VERIFY_ERROR(reply, 401, "unauthenticated");
    }
    for (const QString &password : {QStringLiteral("wrong-6"), victim.password}) {
        const HttpReply reply = loginWith(victim.username, password);
        VERIFY_ERROR(reply, 429, "rate_limited");
        bool ok = false;
        const int retryAfter = reply.header("Retry-After").trimmed().toInt(&ok);
        QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 15 * 60, qPrintable(reply.describe()));
    }
    // Another username is not affected, nor are sessions issued before.
    VERIFY_STATUS(loginWith(m_alice.username, m_alice.password), 201);
    HttpClient client(m_server.baseUrl(), victim.token);
    VERIFY_STATUS(client.get(kAccount), 200);

    // Retry-After counts down to when the oldest failure is 15 minutes old.
    QString error;
    const QDateTime now = serverNow(m_http, &error);
    VERIFY_NO_ERROR(error);
    VERIFY_STATUS(setClock(m_http, now.addSecs(10 * 60)), 200);
    const HttpReply later = loginWith(victim.username, victim.password);
    VERIFY_ERROR(later, 429, "rate_limited");
    const int retryAfter = later.header("Retry-After").trimmed().toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 5 * 60 + 5, qPrintable(later.describe()));
    VERIFY_STATUS(setClock(m_http, now.addSecs(15 * 60 + 5)), 200);
    VERIFY_STATUS(loginWith(victim.username, victim.password), 201);
}

void TestServerSessions::oldFailuresDoNotCount()
{
    const Session user = registerAccount(m_http, uniqueName(QStringLiteral("slow")));
    VERIFY_NO_ERROR(user.error);
    for (int attempt = 1; attempt <= 3; ++attempt)
        VERIFY_ERROR(loginWith(user.username, QStringLiteral("typo-%1").arg(attempt)), 401,
                     "unauthenticated");
    QString error;
    const QDateTime now = serverNow(m_http, &error);
    VERIFY_NO_ERROR(error);
    VERIFY_STATUS(setClock(m_http, now.addSecs(16 * 60)), 200);
    for (int attempt = 4; attempt <= 5; ++attempt)
        VERIFY_ERROR(loginWith(user.username, QStringLiteral("typo-%1").arg(attempt)), 401,
                     "unauthenticated");
    // Five failures, but not within 15 minutes.
    VERIFY_STATUS(loginWith(user.username, user.password), 201);
}

void TestServerSessions::throttleIgnoresUsernameCase()
{
    // One username, whatever its case: varying it must not buy more attempts.
    const Session victim = registerAccount(m_http, uniqueName(QStringLiteral("CaseVictim")));
    VERIFY_NO_ERROR(victim.error);
    const QStringList spellings{victim.username.toUpper(), victim.username.toLower(),
                                victim.username, victim.username.toUpper(),
                                victim.username.toLower()};
    for (const QString &spelling : spellings)
        VERIFY_ERROR(loginWith(spelling, QStringLiteral("wrong-password")), 401, "unauthenticated");
    VERIFY_ERROR(loginWith(victim.username, victim.password), 429, "rate_limited");
}

void TestServerSessions::throttleDoesNotRevealUnknownUsernames()
{
    // Were only known usernames throttled, a 429 would tell which ones exist.
    const QString nobody = uniqueName(QStringLiteral("ghost"));
    for (int attempt = 1; attempt <= 5; ++attempt)
        VERIFY_ERROR(loginWith(nobody, QStringLiteral("guess-%1").arg(attempt)), 401,
                     "unauthenticated");
    const HttpReply sixth = loginWith(nobody, QStringLiteral("guess-6"));
    VERIFY_ERROR(sixth, 429, "rate_limited");
    QVERIFY(sixth.hasHeader("Retry-After"));
}

void TestServerSessions::sessionExpiresOnTheServerClock()
{
    const HttpReply reply = loginWith(m_alice.username, m_alice.password);
    VERIFY_STATUS(reply, 201);
    const QDateTime expiresAt =
        billing::rfc3339::parse(reply.object().value(QLatin1String("expiresAt")).toString());
    QVERIFY(expiresAt.isValid());
    HttpClient client(m_server.baseUrl(), reply.object().value(QLatin1String("token")).toString());

    VERIFY_STATUS(setClock(m_http, expiresAt.addSecs(-120)), 200);
    VERIFY_STATUS(client.get(kAccount), 200);
    VERIFY_STATUS(setClock(m_http, expiresAt.addSecs(1)), 200);
    const HttpReply expired = client.get(kAccount);
    VERIFY_ERROR(expired, 401, "unauthenticated");
    QVERIFY(expired.header("WWW-Authenticate").startsWith("Bearer"));
    VERIFY_STATUS(loginWith(m_alice.username, m_alice.password), 201);
}

QTEST_GUILESS_MAIN(TestServerSessions)
#include "tst_server_sessions.moc"
