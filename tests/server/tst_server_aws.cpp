// AWS Marketplace against the real billing-center: the landing URL (ResolveCustomer of the
// sandbox's registration tokens) and the SNS notifications, signed with the test's own key whose
// certificate the server is given with --aws-sns-cert: good, tampered, unsigned, stale and
// replayed notifications, and a refused one changes nothing.
#include "AwsTestSupport.h"
#include "ReplyChecks.h"
#include "SandboxClockMove.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace billing::test;
using namespace billing::test::aws;

class TestServerAws : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void landingStoresAPendingSubscriptionWithACode();
    void landingWithABadTokenStoresNothing();
    void onlyCorrectlySignedFreshNotificationsApply();
    void aReplayedMessageIdChangesNothing();
    void notificationsReadBothKeySpellingsAndSubjects();
    void withoutTheSandboxOrACertificateNothingIsTaken();

private:
    struct Landed {
        QString subscriptionId;
        QString code;
        QJsonObject token;
    };
    Landed landNew(const QString &awsAccountId);
    // The subscription as the claim preview shows it (consumes nothing).
    QJsonObject preview(const QString &code);
    QJsonObject envelopeFor(const Landed &landed, const QString &action) const;

    QTemporaryDir m_keys;
    SnsTestSigner m_signer;
    TestServer m_server;
    HttpClient m_anon;
    HttpClient m_client;
    Session m_session;
};

void TestServerAws::initTestCase()
{
    QString error;
    QVERIFY2(m_signer.create(m_keys.path(), &error), qPrintable(error));
    TestServer::Options options;
    options.extraArgs = {QStringLiteral("--aws-sns-cert"), m_signer.certPath()};
    m_server.setOptions(options);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    m_session = registerAccount(m_anon, uniqueName(QStringLiteral("awsbuyer")));
    VERIFY_NO_ERROR(m_session.error);
    m_client.setBaseUrl(m_server.baseUrl());
    m_client.setToken(m_session.token);
}

void TestServerAws::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

TestServerAws::Landed TestServerAws::landNew(const QString &awsAccountId)
{
    Landed landed;
    QString error;
    landed.token = mintToken(m_anon, awsAccountId, &error);
    if (!error.isEmpty())
        return landed;
    const HttpReply page = land(m_anon, landed.token.value(u"token").toString());
    if (page.status == 200) {
        landed.subscriptionId = subscriptionIdIn(page.body);
        landed.code = claimCodeIn(page.body);
    }
    return landed;
}

QJsonObject TestServerAws::preview(const QString &code)
{
    return m_client.get(kClaims + u'/' + code).object();
}

QJsonObject TestServerAws::envelopeFor(const Landed &landed, const QString &action) const
{
    return m_signer.envelope(
        subscriptionMessage(action, landed.token.value(u"customerIdentifier").toString(),
                            landed.token.value(u"productCode").toString()),
        QDateTime::currentDateTimeUtc());
}

void TestServerAws::landingStoresAPendingSubscriptionWithACode()
{
    QString error;
    const QJsonObject token = mintToken(m_anon, QStringLiteral("111122223333"), &error);
    VERIFY_NO_ERROR(error);
    const HttpReply first = land(m_anon, token.value(u"token").toString());
    QVERIFY2(first.status == 200, qPrintable(first.describe())); // an HTML page
    QVERIFY(first.header("Content-Type").startsWith("text/html"));
    QCOMPARE(first.header("Cache-Control"), QByteArray("no-store"));
    const QString id = subscriptionIdIn(first.body);
    const QString code = claimCodeIn(first.body);
    QVERIFY2(!id.isEmpty() && !code.isEmpty(), first.body.constData());
    QVERIFY(first.body.contains("billingdesk://claim?server="));

    const QJsonObject shown = preview(code);
    QCOMPARE(shown.value(u"marketplace").toString(), QStringLiteral("aws"));
    QCOMPARE(shown.value(u"subscriptionId").toString(), id);
    QCOMPARE(shown.value(u"status").toString(), QStringLiteral("pending"));
    QCOMPARE(shown.value(u"productCode").toString(), token.value(u"productCode").toString());
    const QJsonObject customer = shown.value(u"customer").toObject();
    QCOMPARE(customer.value(u"awsAccountId").toString(), QStringLiteral("111122223333"));
    QCOMPARE(customer.value(u"customerIdentifier").toString(),
             token.value(u"customerIdentifier").toString());

    // The buyer opens the product again: the same subscription, a new code.
    const HttpReply again = land(m_anon, token.value(u"token").toString());
    QVERIFY2(again.status == 200, qPrintable(again.describe())); // an HTML page
    QCOMPARE(subscriptionIdIn(again.body), id);
    QVERIFY(claimCodeIn(again.body) != code);
    QCOMPARE(preview(claimCodeIn(again.body)).value(u"subscriptionId").toString(), id);
}

void TestServerAws::landingWithABadTokenStoresNothing()
{
    const HttpReply forged = land(m_anon, QStringLiteral("not-a-token-the-market-made"));
    QCOMPARE(forged.status, 400);
    QVERIFY(forged.body.contains("InvalidTokenException"));
    QVERIFY(claimCodeIn(forged.body).isEmpty());
    const HttpReply none = m_anon.postRaw(kLanding, "other=1",
                                          {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(none.status, 400);

    // A token is good for 4 hours of the server clock.
    QString error;
    const QJsonObject token = mintToken(m_anon, QStringLiteral("444455556666"), &error);
    VERIFY_NO_ERROR(error);
    const QDateTime now = serverNow(m_anon, &error);
    VERIFY_NO_ERROR(error);
    QVERIFY(moveClockAndLogIn(m_anon, m_session, now.addSecs(4 * 3600 + 60)));
    m_client.setToken(m_session.token);
    const HttpReply expired = land(m_anon, token.value(u"token").toString());
    QCOMPARE(expired.status, 400);
    QVERIFY(expired.body.contains("ExpiredTokenException"));
    // Nothing was stored: AWS's notification for that customer names no subscription.
    const Landed unknown{{}, {}, token};
    VERIFY_ERROR(notify(m_anon, envelopeFor(unknown, QStringLiteral("subscribe-success"))), 404,
                 "not_found");
}

void TestServerAws::onlyCorrectlySignedFreshNotificationsApply()
{
    const Landed landed = landNew(QStringLiteral("222233334444"));
    QVERIFY(!landed.subscriptionId.isEmpty());
    const auto status = [&] {
        return preview(landed.code).value(u"status").toString();
    };

    // Tampered: the message changed after signing.
    QJsonObject tampered = envelopeFor(landed, QStringLiteral("subscribe-success"));
    tampered.insert(QStringLiteral("Message"), tampered.value(u"Message")
                                                   .toString()
                                                   .replace(QStringLiteral("subscribe-success"),
                                                            QStringLiteral("unsubscribe-success")));
    VERIFY_ERROR(notify(m_anon, tampered), 403, "forbidden");
    QJsonObject unsignedOne = envelopeFor(landed, QStringLiteral("subscribe-success"));
    unsignedOne.remove(QStringLiteral("Signature"));
    VERIFY_ERROR(notify(m_anon, unsignedOne), 403, "forbidden");
    QJsonObject version1 = envelopeFor(landed, QStringLiteral("subscribe-success"));
    version1.insert(QStringLiteral("SignatureVersion"), QStringLiteral("1"));
    VERIFY_ERROR(notify(m_anon, m_signer.resign(version1)), 403, "forbidden");
    // Correctly signed but more than an hour old.
    const QJsonObject stale =
        m_signer.envelope(subscriptionMessage(QStringLiteral("subscribe-success"),
                                              landed.token.value(u"customerIdentifier").toString(),
                                              landed.token.value(u"productCode").toString()),
                          QDateTime::currentDateTimeUtc().addSecs(-3660));
    VERIFY_ERROR(notify(m_anon, stale), 403, "forbidden");
    VERIFY_ERROR(m_anon.postRaw(kNotifications, "{not json"), 400, "bad_request");
    QCOMPARE(status(), QStringLiteral("pending"));

    // subscribe-fail keeps it pending; subscribe-success opens it.
    VERIFY_STATUS(notify(m_anon, envelopeFor(landed, QStringLiteral("subscribe-fail"))), 200);
    QCOMPARE(status(), QStringLiteral("pending"));
    const HttpReply opened =
        notify(m_anon, envelopeFor(landed, QStringLiteral("subscribe-success")));
    VERIFY_STATUS(opened, 200);
    QCOMPARE(opened.object()[u"subscription"][u"status"].toString(), QStringLiteral("opened"));
    QCOMPARE(status(), QStringLiteral("opened"));
}

void TestServerAws::aReplayedMessageIdChangesNothing()
{
    const Landed landed = landNew(QStringLiteral("333344445555"));
    QVERIFY(!landed.subscriptionId.isEmpty());
    const QJsonObject success = envelopeFor(landed, QStringLiteral("subscribe-success"));
    VERIFY_STATUS(notify(m_anon, success), 200);
    const HttpReply replay = notify(m_anon, success);
    VERIFY_STATUS(replay, 200);
    QCOMPARE(replay.object().value(u"replayed").toBool(), true);
    // Another message under a MessageId already taken, correctly signed: still a replay.
    QJsonObject reused = envelopeFor(landed, QStringLiteral("unsubscribe-success"));
    reused.insert(QStringLiteral("MessageId"), success.value(u"MessageId"));
    const HttpReply sneaky = notify(m_anon, m_signer.resign(reused));
    VERIFY_STATUS(sneaky, 200);
    QCOMPARE(sneaky.object().value(u"replayed").toBool(), true);
    QCOMPARE(preview(landed.code).value(u"status").toString(), QStringLiteral("opened"));
}

void TestServerAws::notificationsReadBothKeySpellingsAndSubjects()
{
    const Landed landed = landNew(QStringLiteral("555566667777"));
    QVERIFY(!landed.subscriptionId.isEmpty());
    QJsonObject old =
        m_signer.envelope(subscriptionMessage(QStringLiteral("subscribe-success"),
                                              landed.token.value(u"customerIdentifier").toString(),
                                              landed.token.value(u"productCode").toString(), true),
                          QDateTime::currentDateTimeUtc());
    old.insert(QStringLiteral("Subject"), QStringLiteral("AWS Marketplace subscription"));
    VERIFY_STATUS(notify(m_anon, m_signer.resign(old)), 200);
    QCOMPARE(preview(landed.code).value(u"status").toString(), QStringLiteral("opened"));
    // The Subject is signed: changing it breaks the signature.
    QJsonObject changed = m_signer.resign(old);
    changed.insert(QStringLiteral("MessageId"), QStringLiteral("another-id"));
    VERIFY_ERROR(notify(m_anon, changed), 403, "forbidden");

    const Landed stranger{{},
                          {},
                          {{QStringLiteral("customerIdentifier"), QStringLiteral("Cnobody")},
                           {QStringLiteral("productCode"), landed.token[u"productCode"]}}};
    VERIFY_ERROR(notify(m_anon, envelopeFor(stranger, QStringLiteral("subscribe-success"))), 404,
                 "not_found");
    VERIFY_ERROR(notify(m_anon, envelopeFor(landed, QStringLiteral("entitlement-updated"))), 400,
                 "bad_request");
}

void TestServerAws::withoutTheSandboxOrACertificateNothingIsTaken()
{
    TestServer::Options options;
    options.sandbox = false;
    TestServer plain(options);
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    HttpClient client(plain.baseUrl());
    VERIFY_ERROR(notify(client, m_signer.envelope(
                                    subscriptionMessage(QStringLiteral("subscribe-success"),
                                                        QStringLiteral("C1"), QStringLiteral("p")),
                                    QDateTime::currentDateTimeUtc())),
                 503, "service_unavailable");
    // No AWS endpoint to resolve the token with: an error page, no code.
    const HttpReply page = land(client, QStringLiteral("a-real-looking-token"));
    QCOMPARE(page.status, 502);
    QVERIFY(claimCodeIn(page.body).isEmpty());
    QCOMPARE(client.post(kSubscriptions, {}).status, 404); // no sandbox console
    QVERIFY2(plain.stop(), qPrintable(plain.errorString()));
}

QTEST_GUILESS_MAIN(TestServerAws)
#include "tst_server_aws.moc"
