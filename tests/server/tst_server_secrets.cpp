// Secrets at rest: session tokens, passwords and codes never stand in the database in
// plain text, not even inside a stored idempotent reply.
#include "ApiHelpers.h"
#include "HttpClient.h"
#include "TestServer.h"

#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace billing::test;

namespace {
// The bytes of the database and its WAL, where SQLite keeps what was just written; on
// PostgreSQL, every value of every table (a bytea as its bytes).
QByteArray databaseBytes(const TestServer &server)
{
    QByteArray bytes;
    if (!TestServer::onPostgres()) {
        for (const QString &suffix : {QString(), u"-wal"_qs}) {
            QFile file(server.dbPath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }
    {
        const QSqlDatabase db = server.openDatabaseConnection(u"secrets"_qs);
        const QStringList tables = db.tables();
        for (const QString &table : tables) {
            QSqlQuery rows(u"SELECT * FROM \"%1\""_qs.arg(table), db);
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i) {
                    const QVariant value = rows.value(i);
                    bytes += value.typeId() == QMetaType::QByteArray ? value.toByteArray()
                                                                     : value.toString().toUtf8();
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(u"secrets"_qs);
    return bytes;
}
} // namespace

class TestServerSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }
    void replayedRegistrationIssuesAFreshSession();
    void replayedLoginIssuesAFreshSession();

private:
    TestServer m_server;
};

void TestServerSecrets::replayedRegistrationIssuesAFreshSession()
{
    HttpClient http(m_server.baseUrl());
    const QString username = uniqueName(u"secret"_qs);
    const QString email = emailFor(username);
    QString error;
    const QString code = requestVerificationCode(http, email, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject body = registrationBody(username, email, code);
    const HeaderList key{{"Idempotency-Key", "register-once"}};

    const HttpReply first = http.post(u"/api/v1/accounts"_qs, body, key);
    QCOMPARE(first.status, 201);
    const HttpReply replay = http.post(u"/api/v1/accounts"_qs, body, key);
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));

    const QString firstToken =
        first.object().value(u"session").toObject().value(u"token").toString();
    const QString replayToken =
        replay.object().value(u"session").toObject().value(u"token").toString();
    QVERIFY(!firstToken.isEmpty());
    QVERIFY(!replayToken.isEmpty());
    QVERIFY(firstToken != replayToken);
    QCOMPARE(replay.object().value(u"account").toObject().value(u"id"),
             first.object().value(u"account").toObject().value(u"id"));
    for (const QString &token : {firstToken, replayToken}) {
        HttpClient authed(m_server.baseUrl(), token);
        QCOMPARE(authed.get(u"/api/v1/account"_qs).status, 200);
    }
    const QByteArray stored = databaseBytes(m_server);
    QVERIFY2(stored.contains(username.toUtf8()), "the stored data was not read");
    QVERIFY2(!stored.contains(firstToken.toLatin1()), "a session token is stored in plain text");
    QVERIFY2(!stored.contains(replayToken.toLatin1()), "a session token is stored in plain text");
    QVERIFY2(!stored.contains(kDefaultPassword.toUtf8()), "a password is stored in plain text");
}

void TestServerSecrets::replayedLoginIssuesAFreshSession()
{
    HttpClient http(m_server.baseUrl());
    const Session account = registerAccount(http, uniqueName(u"login"_qs));
    QVERIFY2(account.ok(), qPrintable(account.error));
    const QJsonObject body{{u"username"_qs, account.username}, {u"password"_qs, account.password}};
    const HeaderList key{{"Idempotency-Key", "login-once"}};
    const HttpReply first = http.post(u"/api/v1/sessions"_qs, body, key);
    const HttpReply replay = http.post(u"/api/v1/sessions"_qs, body, key);
    QCOMPARE(first.status, 201);
    QCOMPARE(replay.status, 201);
    const QString firstToken = first.object().value(u"token").toString();
    const QString replayToken = replay.object().value(u"token").toString();
    QVERIFY(!firstToken.isEmpty() && !replayToken.isEmpty() && firstToken != replayToken);
    QCOMPARE(replay.object().value(u"account").toObject().value(u"username").toString(),
             account.username);
    QVERIFY(!databaseBytes(m_server).contains(firstToken.toLatin1()));
}

QTEST_GUILESS_MAIN(TestServerSecrets)
#include "tst_server_secrets.moc"
