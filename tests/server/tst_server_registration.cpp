// Registration (steps 1-2): the e-mailed verification code, field validation, username_taken
// and the order of the checks.
#include "ApiHelpers.h"
#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "TestServer.h"

#include <QFile>
#include <QTest>

using namespace billing::test;

namespace {
const QString kAccounts = QStringLiteral("/api/v1/accounts");
const QString kCodes = QStringLiteral("/api/v1/verification-codes");
const QDateTime kStart = utc("2031-03-10T08:00:00Z");

QString padded(const QString &name, int length)
{
    return name + QString(length - name.size(), u'x');
}
} // namespace

class TestServerRegistration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void verificationCodeIsMailed();
    void verificationCodeRequestIsValidated_data();
    void verificationCodeRequestIsValidated();
    void registerCreatesAccountAndSession();
    void fieldValidation_data();
    void fieldValidation();
    void wrongCodeIsRejected();
    void newerCodeReplacesOlderAndIsConsumed();
    void usernameTakenComesBeforeTheCode();
    void expiredCodeIsRejected();

private:
    HttpReply registerWith(const QJsonObject &body);

    TestServer m_server;
    HttpClient m_http;
    Session m_existing;
};

void TestServerRegistration::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_http.setBaseUrl(m_server.baseUrl());
    VERIFY_STATUS(setClock(m_http, kStart), 200);
    m_existing = registerAccount(m_http, uniqueName(QStringLiteral("Existing")));
    VERIFY_NO_ERROR(m_existing.error);
}

void TestServerRegistration::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

HttpReply TestServerRegistration::registerWith(const QJsonObject &body)
{
    return m_http.send({"POST", kAccounts, {}, compactJson(body), {}, QString()});
}

void TestServerRegistration::verificationCodeIsMailed()
{
    const QString email = emailFor(uniqueName(QStringLiteral("mailed")));
    const int emlBefore = files(m_server.mailDir()).size();
    QString error;
    const QDateTime before = serverNow(m_http, &error);
    VERIFY_NO_ERROR(error);
    const HttpReply reply = m_http.post(kCodes, {{QStringLiteral("email"), email}});
    const QDateTime after = serverNow(m_http, &error);
    VERIFY_STATUS(reply, 202);
    const QDateTime expiresAt =
        billing::rfc3339::parse(reply.object().value(QLatin1String("expiresAt")).toString());
    QVERIFY2(expiresAt.isValid(), qPrintable(reply.describe()));
    QVERIFY2(expiresAt >= before.addSecs(600 - 1) && expiresAt <= after.addSecs(600 + 1),
             qPrintable(reply.describe()));

    const QString code = latestMailedCode(m_http, email, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(code.size(), 6);
    const QStringList eml = files(m_server.mailDir());
    QCOMPARE(eml.size(), emlBefore + 1);
    for (const QString &name : eml) {
        QFile file(m_server.mailDir() + u'/' + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        if (!text.contains(email.toUtf8()))
            continue;
        VERIFY_NO_ERROR(emlMismatch(text));
        QVERIFY2(text.contains(code.toUtf8()), text.constData());
    }
}

void TestServerRegistration::verificationCodeRequestIsValidated_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no at sign") << QJsonObject{{QStringLiteral("email"), QStringLiteral("nobody")}}
                                << QStringLiteral("email");
    QTest::newRow("no tld") << QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b")}}
                            << QStringLiteral("email");
    QTest::newRow("empty") << QJsonObject{{QStringLiteral("email"), QString()}}
                           << QStringLiteral("email");
    QTest::newRow("missing") << QJsonObject{} << QStringLiteral("email");
    QTest::newRow("number") << QJsonObject{{QStringLiteral("email"), 42}}
                            << QStringLiteral("email");
    QTest::newRow("unknown field")
        << QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.io")},
                       {QStringLiteral("lang"), QStringLiteral("en")}}
        << QStringLiteral("lang");
}

void TestServerRegistration::verificationCodeRequestIsValidated()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const HttpReply reply = m_http.post(kCodes, body);
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, field);
}

void TestServerRegistration::registerCreatesAccountAndSession()
{
    const QString username = uniqueName(QStringLiteral("Fresh.User_"));
    const QString email = emailFor(username);
    QString error;
    const QString code = requestVerificationCode(m_http, email, &error);
    VERIFY_NO_ERROR(error);
    QJsonObject body = registrationBody(username, email, code, QStringLiteral("eu1"));
    body.insert(QStringLiteral("company"), QStringLiteral("  Padded Company  "));
    const QDateTime before = serverNow(m_http, &error);
    const HttpReply reply = registerWith(body);
    VERIFY_STATUS(reply, 201);

    const QJsonObject account = reply.object().value(QLatin1String("account")).toObject();
    QCOMPARE(account.value(QLatin1String("username")).toString(), username);
    QCOMPARE(account.value(QLatin1String("email")).toString(), email);
    QCOMPARE(account.value(QLatin1String("site")).toString(), QStringLiteral("eu1"));
    QCOMPARE(account.value(QLatin1String("company")).toString(), QStringLiteral("Padded Company"));
    QCOMPARE(account.value(QLatin1String("phone")).toString(),
             body.value(QLatin1String("phone")).toString());
    QCOMPARE(account.value(QLatin1String("hasBillingCenterAccount")), QJsonValue(false));
    QVERIFY2(!reply.body.contains(kDefaultPassword.toUtf8()), reply.body.constData());

    const QJsonObject session = reply.object().value(QLatin1String("session")).toObject();
    const QString token = session.value(QLatin1String("token")).toString();
    QVERIFY(!token.isEmpty());
    const QDateTime expiresAt =
        billing::rfc3339::parse(session.value(QLatin1String("expiresAt")).toString());
    QVERIFY2(expiresAt >= before.addSecs(12 * 3600 - 1)
                 && expiresAt <= before.addSecs(12 * 3600 + 120),
             qPrintable(reply.describe()));

    HttpClient client(m_server.baseUrl(), token);
    const HttpReply me = client.get(QStringLiteral("/api/v1/account"));
    VERIFY_STATUS(me, 200);
    QCOMPARE(me.object(), account);
    const Session again = login(m_http, username, kDefaultPassword);
    VERIFY_NO_ERROR(again.error);
}

void TestServerRegistration::fieldValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("badField"); // empty: the fields are fine

    const QJsonValue removed(QJsonValue::Undefined);
    const auto bad = [](const char *row, const QString &path, const QJsonValue &value) {
        QTest::newRow(row) << path << value << path;
    };
    const auto good = [](const char *row, const QString &path, const QJsonValue &value) {
        QTest::newRow(row) << path << value << QString();
    };
    const QString u = QStringLiteral("username");
    good("username 3 chars", u, QStringLiteral("abc"));
    good("username 32 chars", u, padded(uniqueName(QStringLiteral("u")), 32));
    good("username all classes", u, uniqueName(QStringLiteral("a.B_c-9")));
    bad("username 2 chars", u, QStringLiteral("ab"));
    bad("username 33 chars", u, padded(uniqueName(QStringLiteral("u")), 33));
    bad("username space", u, QStringLiteral("john doe"));
    bad("username non-ascii", u, QStringLiteral("jürgen"));
    bad("username at sign", u, QStringLiteral("john@corp"));
    bad("username number", u, 12345);
    bad("username missing", u, removed);
    const QString p = QStringLiteral("password");
    good("password 8 chars", p, QStringLiteral("12345678"));
    good("password 128 chars", p, QString(128, u'p'));
    bad("password 7 chars", p, QStringLiteral("1234567"));
    bad("password 129 chars", p, QString(129, u'p'));
    bad("password missing", p, removed);
    good("password 8 CJK chars", p, QString(8, QChar(0x5BC6)));
    bad("password 7 CJK chars", p, QString(7, QChar(0x5BC6))); // 21 bytes, 7 characters
    const QString e = QStringLiteral("email");
    good("email with tag", e, QStringLiteral("First.Last+tag@sub.example.co"));
    good("email 254 chars", e,
         QString(QString(64, u'l') + u'@' + QString(63, u'a') + u'.' + QString(63, u'b') + u'.'
                 + QString(57, u'c') + QStringLiteral(".com")));
    bad("email no tld", e, QStringLiteral("user@example"));
    bad("email no local", e, QStringLiteral("@example.com"));
    bad("email two ats", e, QStringLiteral("a@@example.com"));
    bad("email 255 chars", e, QString(QString(243, u'a') + QStringLiteral("@example.com")));
    const QString ph = QStringLiteral("phone");
    good("phone 6 digits", ph, QStringLiteral("123456"));
    good("phone 20 digits", ph, QString(QStringLiteral("+") + QString(20, u'1')));
    good("phone spaces dashes", ph, QStringLiteral("+86 10-8888 6666"));
    bad("phone 5 digits", ph, QStringLiteral("12345"));
    bad("phone 21 digits", ph, QString(21, u'1'));
    bad("phone letters", ph, QStringLiteral("+86 CALL-ME"));
    bad("phone parentheses", ph, QStringLiteral("+1 (555) 0100 200"));
    const QString c = QStringLiteral("company");
    good("company 128 chars", c, QString(128, u'c'));
    bad("company blank", c, QStringLiteral("   "));
    bad("company 129 chars", c, QString(129, u'c'));
    bad("company null", c, QJsonValue(QJsonValue::Null));
    good("company 128 CJK chars", c, QString(128, QChar(0x516C)));
    bad("company 129 CJK chars", c, QString(129, QChar(0x516C)));
    const QString s = QStringLiteral("site");
    good("site id1", s, QStringLiteral("id1"));
    bad("site unknown", s, QStringLiteral("xx9"));
    bad("site missing", s, removed);
    const QString t = QStringLiteral("acceptTerms");
    bad("terms false", t, false);
    bad("terms string", t, QStringLiteral("true"));
    bad("terms missing", t, removed);
    bad("unknown field", QStringLiteral("nickname"), QStringLiteral("jo"));
}

void TestServerRegistration::fieldValidation()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, badField);
    const QString username = uniqueName(QStringLiteral("rows"));
    QJsonObject body = registrationBody(username, emailFor(username), QStringLiteral("000000"));
    setPath(body, path, value);
    const HttpReply reply = registerWith(body);
    if (badField.isEmpty()) {
        // Every field passed; only the never-requested code is wrong.
        VERIFY_ERROR(reply, 422, "verification_code_invalid");
    } else {
        VERIFY_ERROR(reply, 422, "validation_failed");
        VERIFY_FIELDS(reply, badField);
    }
}

void TestServerRegistration::wrongCodeIsRejected()
{
    const QString username = uniqueName(QStringLiteral("wrong"));
    QString error;
    const QString code = requestVerificationCode(m_http, emailFor(username), &error);
    VERIFY_NO_ERROR(error);
    const QString wrong =
        code == QLatin1String("123456") ? QStringLiteral("654321") : QStringLiteral("123456");
    VERIFY_ERROR(registerWith(registrationBody(username, emailFor(username), wrong)), 422,
                 "verification_code_invalid");
    // A code mailed to another address is no good either.
    const QString other = uniqueName(QStringLiteral("other"));
    VERIFY_ERROR(registerWith(registrationBody(other, emailFor(other), code)), 422,
                 "verification_code_invalid");
}

void TestServerRegistration::newerCodeReplacesOlderAndIsConsumed()
{
    const QString username = uniqueName(QStringLiteral("newer"));
    const QString email = emailFor(username);
    QString error;
    QString older = requestVerificationCode(m_http, email, &error);
    QString newer = requestVerificationCode(m_http, email, &error);
    for (int i = 0; i < 5 && newer == older; ++i) { // a one-in-a-million coincidence
        older = newer;
        newer = requestVerificationCode(m_http, email, &error);
    }
    VERIFY_NO_ERROR(error);
    QVERIFY(newer != older);
    VERIFY_ERROR(registerWith(registrationBody(username, email, older)), 422,
                 "verification_code_invalid");
    VERIFY_STATUS(registerWith(registrationBody(username, email, newer)), 201);
    const QString second = uniqueName(QStringLiteral("second"));
    VERIFY_ERROR(registerWith(registrationBody(second, email, newer)), 422,
                 "verification_code_invalid");
}

void TestServerRegistration::usernameTakenComesBeforeTheCode()
{
    const QString email = emailFor(uniqueName(QStringLiteral("taker")));
    QString error;
    const QString code = requestVerificationCode(m_http, email, &error);
    VERIFY_NO_ERROR(error);
    for (const QString &name :
         {m_existing.username, m_existing.username.toUpper(), m_existing.username.toLower()}) {
        VERIFY_ERROR(registerWith(registrationBody(name, email, QStringLiteral("000000"))), 409,
                     "username_taken");
        VERIFY_ERROR(registerWith(registrationBody(name, email, code)), 409, "username_taken");
    }
    // The refused attempts did not consume the code.
    const QString fresh = uniqueName(QStringLiteral("taker"));
    VERIFY_STATUS(registerWith(registrationBody(fresh, email, code)), 201);
}

void TestServerRegistration::expiredCodeIsRejected()
{
    const QString early = uniqueName(QStringLiteral("early"));
    const QString late = uniqueName(QStringLiteral("late"));
    QString error;
    const QDateTime now = serverNow(m_http, &error);
    const QString earlyCode = requestVerificationCode(m_http, emailFor(early), &error);
    const QString lateCode = requestVerificationCode(m_http, emailFor(late), &error);
    VERIFY_NO_ERROR(error);
    VERIFY_STATUS(setClock(m_http, now.addSecs(9 * 60 + 30)), 200);
    VERIFY_STATUS(registerWith(registrationBody(early, emailFor(early), earlyCode)), 201);
    VERIFY_STATUS(setClock(m_http, now.addSecs(10 * 60 + 5)), 200);
    VERIFY_ERROR(registerWith(registrationBody(late, emailFor(late), lateCode)), 422,
                 "verification_code_invalid");
}

QTEST_GUILESS_MAIN(TestServerRegistration)
#include "tst_server_registration.moc"
