// Optimistic concurrency and the order in which a settlement change is checked:
// authentication, body shape and fields, existence for this caller, expectedVersion, the no-op
// re-submit, site rule, monthly rule, instance checks. The first failure answers.
#include "ApiHelpers.h"
#include "ReplyChecks.h"
#include "TestServer.h"

#include <QTest>

using namespace billing::test;

namespace {
const QString kWorkspaces = QStringLiteral("/api/v1/workspaces");
const QString kMissing = QStringLiteral("ws_00000000deadbeef");

QString settlementPath(const QString &id)
{
    return kWorkspaces + u'/' + id + QStringLiteral("/settlement");
}

qint64 versionOf(const QJsonObject &ws)
{
    return ws.value(QLatin1String("version")).toInteger();
}
} // namespace

class TestServerCheckOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void expectedVersion();
    void concurrentChangesWithOneVersion();
    void orderOfChecks_data();
    void orderOfChecks();

private:
    QJsonObject fresh(const QString &site);
    QJsonObject current(const QString &id);
    QJsonObject aliyun(const QString &instance) const
    {
        return settlementBody(QStringLiteral("aliyun"), m_uid, instance);
    }

    TestServer m_server;
    HttpClient m_anon;
    HttpClient m_alice;
    HttpClient m_bob;
    QString m_uid;
    QString m_i1;
    QString m_i2;
    QString m_changed; // changed by the user this month
    QString m_bobs;
};

void TestServerCheckOrder::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    VERIFY_STATUS(setClock(m_anon, utc("2031-06-10T08:00:00Z")), 200);
    for (HttpClient *client : {&m_alice, &m_bob}) {
        const Session session = registerAccount(m_anon, uniqueName(QStringLiteral("order")));
        VERIFY_NO_ERROR(session.error);
        client->setBaseUrl(m_server.baseUrl());
        client->setToken(session.token);
    }
    QString error;
    m_uid = uniqueUid();
    m_i1 = createSandboxInstance(m_anon, m_uid, &error)[QLatin1String("instanceId")].toString();
    m_i2 = createSandboxInstance(m_anon, m_uid, &error)[QLatin1String("instanceId")].toString();
    VERIFY_NO_ERROR(error);
    m_changed = fresh(QStringLiteral("cn1"))[QLatin1String("id")].toString();
    VERIFY_STATUS(m_alice.put(settlementPath(m_changed), aliyun(m_i1)), 200);
    m_bobs = createWorkspace(m_bob, workspaceBody(QStringLiteral("bobs"), QStringLiteral("cn1")),
                             &error)[QLatin1String("id")]
                 .toString();
    VERIFY_NO_ERROR(error);
}

void TestServerCheckOrder::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QJsonObject TestServerCheckOrder::fresh(const QString &site)
{
    QString error;
    const QJsonObject ws =
        createWorkspace(m_alice, workspaceBody(uniqueName(QStringLiteral("w")), site), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return ws;
}

QJsonObject TestServerCheckOrder::current(const QString &id)
{
    QString error;
    const QJsonObject ws = getWorkspace(m_alice, id, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return ws;
}

void TestServerCheckOrder::expectedVersion()
{
    const QJsonObject ws = fresh(QStringLiteral("cn1"));
    const QString id = ws[QLatin1String("id")].toString();
    QJsonObject body = aliyun(m_i1);
    body.insert(QStringLiteral("expectedVersion"), versionOf(ws) + 3);
    const HttpReply conflict = m_alice.put(settlementPath(id), body);
    VERIFY_ERROR(conflict, 409, "version_conflict");
    QCOMPARE(conflict.error()[QLatin1String("current")].toObject(), ws);

    body.insert(QStringLiteral("expectedVersion"), versionOf(ws));
    const HttpReply applied = m_alice.put(settlementPath(id), body);
    VERIFY_STATUS(applied, 200);
    QCOMPARE(versionOf(applied.object()), versionOf(ws) + 1);

    // The same expectedVersion again is stale now; the conflict wins over the monthly rule.
    const HttpReply stale = m_alice.put(settlementPath(id), body);
    VERIFY_ERROR(stale, 409, "version_conflict");
    QCOMPARE(stale.error()[QLatin1String("current")].toObject(), applied.object());
}

void TestServerCheckOrder::concurrentChangesWithOneVersion()
{
    const QJsonObject ws = fresh(QStringLiteral("cn1"));
    const QString id = ws[QLatin1String("id")].toString();
    QList<HttpRequest> requests;
    for (int i = 0; i < 6; ++i) {
        QJsonObject body = aliyun(i % 2 ? m_i1 : m_i2);
        body.insert(QStringLiteral("expectedVersion"), versionOf(ws));
        requests.append({"PUT", settlementPath(id), {}, compactJson(body), {}, std::nullopt});
    }
    int applied = 0;
    for (const HttpReply &reply : m_alice.sendAll(requests)) {
        if (reply.status == 200) {
            ++applied;
            continue;
        }
        VERIFY_ERROR(reply, 409, "version_conflict");
    }
    QCOMPARE(applied, 1);
    QCOMPARE(versionOf(current(id)), versionOf(ws) + 1);
}

void TestServerCheckOrder::orderOfChecks_data()
{
    QTest::addColumn<QString>("target");   // missing | foreign | changed | cn1 | cn2
    QTest::addColumn<QJsonObject>("body"); // "UID"/"I1" placeholders; expectedVersion -1: stale
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QJsonObject bc{{QStringLiteral("method"), QStringLiteral("billing_center")}};
    // A well-formed subscription id no account claimed: the site rule comes first.
    const QJsonObject aws{
        {QStringLiteral("method"), QStringLiteral("aws")},
        {QStringLiteral("subscriptionId"), QStringLiteral("aws-00000000000000000000")}};
    const QJsonObject paypal{{QStringLiteral("method"), QStringLiteral("paypal")}};
    const QJsonObject i1{{QStringLiteral("method"), QStringLiteral("aliyun")},
                         {QStringLiteral("aliyunAccountId"), QStringLiteral("UID")},
                         {QStringLiteral("instanceId"), QStringLiteral("I1")}};
    QJsonObject unknownInstance = i1;
    unknownInstance.insert(QStringLiteral("instanceId"), QStringLiteral("7777777777777777777"));
    QJsonObject badUid = i1;
    badUid.insert(QStringLiteral("aliyunAccountId"), QStringLiteral("12"));
    const auto stale = [](QJsonObject body) {
        body.insert(QStringLiteral("expectedVersion"), -1);
        return body;
    };
    const auto row = [](const char *name, const char *target, const QJsonObject &body,
                        bool authenticated, int status, const char *code) {
        QTest::newRow(name) << QString::fromLatin1(target) << body << authenticated << status
                            << QString::fromLatin1(code);
    };
    row("authentication first", "missing", paypal, false, 401, "unauthenticated");
    row("validation before existence", "missing", paypal, true, 422, "validation_failed");
    row("validation before month", "changed", badUid, true, 422, "validation_failed");
    row("existence before version", "missing", stale(bc), true, 404, "not_found");
    row("foreign before version", "foreign", stale(bc), true, 404, "not_found");
    row("version before no-op", "changed", stale(i1), true, 409, "version_conflict");
    row("version before site", "cn1", stale(aws), true, 409, "version_conflict");
    row("no-op before month", "changed", i1, true, 200, "");
    row("site before month", "changed", aws, true, 422, "method_not_allowed_for_site");
    row("month before instance", "changed", unknownInstance, true, 422, "change_too_soon");
    row("site before instance", "cn2", unknownInstance, true, 422, "method_not_allowed_for_site");
}

void TestServerCheckOrder::orderOfChecks()
{
    QFETCH(QString, target);
    QFETCH(QJsonObject, body);
    QFETCH(bool, authenticated);
    QFETCH(int, status);
    QFETCH(QString, code);
    QString id = kMissing;
    if (target == QLatin1String("foreign"))
        id = m_bobs;
    else if (target == QLatin1String("changed"))
        id = m_changed;
    else if (target != QLatin1String("missing"))
        id = fresh(target)[QLatin1String("id")].toString();
    if (body.value(QLatin1String("aliyunAccountId")) == QJsonValue(QStringLiteral("UID")))
        body.insert(QStringLiteral("aliyunAccountId"), m_uid);
    if (body.value(QLatin1String("instanceId")) == QJsonValue(QStringLiteral("I1")))
        body.insert(QStringLiteral("instanceId"), m_i1);
    if (body.value(QLatin1String("expectedVersion")) == QJsonValue(-1)) {
        const qint64 version =
            target == QLatin1String("foreign") || target == QLatin1String("missing")
                ? 1
                : versionOf(current(id));
        body.insert(QStringLiteral("expectedVersion"), version + 5);
    }
    const HttpReply reply =
        m_alice.send({"PUT",
                      settlementPath(id),
                      {},
                      compactJson(body),
                      {},
                      authenticated ? std::nullopt : std::optional<QString>(QString())});
    const QString why =
        code.isEmpty() ? statusMismatch(reply, status) : errorMismatch(reply, status, code);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestServerCheckOrder)
#include "tst_server_checkorder.moc"
