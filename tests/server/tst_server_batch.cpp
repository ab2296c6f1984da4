// POST /api/v1/settlement-changes: per-item results in request order, each item atomic,
// later items seeing earlier ones, the 1..1000 bounds, and durability before the reply.
#include "ApiHelpers.h"
#include "MarketplaceHelpers.h"
#include "ReplyChecks.h"
#include "TestServer.h"

#include <QTest>

using namespace billing::test;

namespace {
const QString kBatch = QStringLiteral("/api/v1/settlement-changes");
const QString kMissing = QStringLiteral("ws_00000000deadbeef");

QJsonObject item(const QString &workspaceId, const QJsonObject &settlement)
{
    QJsonObject change = settlement;
    change.insert(QStringLiteral("workspaceId"), workspaceId);
    return change;
}

QJsonObject batch(const QJsonArray &changes)
{
    return {{QStringLiteral("changes"), changes}};
}

QString idOf(const QJsonObject &ws)
{
    return ws.value(QLatin1String("id")).toString();
}

QString methodOf(const QJsonObject &ws)
{
    return ws[QLatin1String("settlement")][QLatin1String("method")].toString();
}

// Empty when result i is {"workspaceId": id, "status": status, ...} with that error code.
QString resultMismatch(const QJsonArray &results, int i, const QString &id, const QString &code)
{
    const QJsonObject result = results.at(i).toObject();
    const auto fail = [&](const QString &why) {
        return QStringLiteral("result %1: %2: %3")
            .arg(i)
            .arg(why, QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    };
    if (result.value(QLatin1String("workspaceId")).toString() != id)
        return fail(QStringLiteral("workspaceId is not ") + id);
    if (code.isEmpty()) {
        if (result.value(QLatin1String("status")).toString() != QLatin1String("applied"))
            return fail(QStringLiteral("expected applied"));
        if (idOf(result.value(QLatin1String("workspace")).toObject()) != id)
            return fail(QStringLiteral("applied without the workspace"));
        return {};
    }
    if (result.value(QLatin1String("status")).toString() != QLatin1String("rejected"))
        return fail(QStringLiteral("expected rejected with ") + code);
    const QJsonObject error = result.value(QLatin1String("error")).toObject();
    if (error.value(QLatin1String("code")).toString() != code)
        return fail(QStringLiteral("expected error code ") + code);
    if (error.value(QLatin1String("message")).toString().isEmpty())
        return fail(QStringLiteral("error without a message"));
    return {};
}
} // namespace

#define VERIFY_RESULT(results, i, id, code)                                                        \
    do {                                                                                           \
        const QString why_ = resultMismatch((results), (i), (id), QStringLiteral(code));           \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                \
    } while (false)

class TestServerBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void resultsInRequestOrder();
    void laterItemsSeeEarlierOnes();
    void itemErrorsUseRelativePaths();
    void batchShapeIsValidated_data();
    void batchShapeIsValidated();
    void moreThanAThousandIsTooLarge();
    void aThousandIsAccepted();
    void appliedChangesAreDurable();

private:
    QJsonObject fresh(const QString &site);
    QJsonObject current(const QString &id);
    QJsonObject aliyun() const
    {
        return settlementBody(QStringLiteral("aliyun"), m_uid, m_instance);
    }

    TestServer m_server;
    HttpClient m_anon;
    HttpClient m_alice;
    HttpClient m_bob;
    QString m_uid;
    QString m_instance;
};

void TestServerBatch::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    VERIFY_STATUS(setClock(m_anon, utc("2031-08-12T10:00:00Z")), 200);
    for (HttpClient *client : {&m_alice, &m_bob}) {
        const Session session = registerAccount(m_anon, uniqueName(QStringLiteral("batch")));
        VERIFY_NO_ERROR(session.error);
        client->setBaseUrl(m_server.baseUrl());
        client->setToken(session.token);
    }
    QString error;
    m_uid = uniqueUid();
    m_instance =
        createSandboxInstance(m_anon, m_uid, &error)[QLatin1String("instanceId")].toString();
    VERIFY_NO_ERROR(error);
}

void TestServerBatch::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QJsonObject TestServerBatch::fresh(const QString &site)
{
    QString error;
    const QJsonObject ws =
        createWorkspace(m_alice, workspaceBody(uniqueName(QStringLiteral("b")), site), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return ws;
}

QJsonObject TestServerBatch::current(const QString &id)
{
    QString error;
    const QJsonObject ws = getWorkspace(m_alice, id, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return ws;
}

void TestServerBatch::resultsInRequestOrder()
{
    const QJsonObject ws1 = fresh(QStringLiteral("cn1"));
    const QJsonObject ws2 = fresh(QStringLiteral("cn2"));
    const QJsonObject ws3 = fresh(QStringLiteral("cn1"));
    const QJsonObject ws4 = fresh(QStringLiteral("cn4"));
    QString error;
    const QJsonObject bobs = createWorkspace(
        m_bob, workspaceBody(QStringLiteral("bobs"), QStringLiteral("cn4")), &error);
    VERIFY_NO_ERROR(error);
    const QJsonObject huawei = boundSettlementBody(m_alice, QStringLiteral("huawei"), &error);
    VERIFY_NO_ERROR(error);

    const QJsonArray changes{
        item(idOf(ws1), aliyun()), item(kMissing, settlementBody(QStringLiteral("billing_center"))),
        item(idOf(ws2), aliyun()), item(idOf(ws3), settlementBody(QStringLiteral("paypal"))),
        item(idOf(bobs), huawei),  item(idOf(ws4), huawei),
    };
    const HttpReply reply = m_alice.post(kBatch, batch(changes));
    VERIFY_STATUS(reply, 200);
    const QJsonArray results = reply.object().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), changes.size());
    VERIFY_RESULT(results, 0, idOf(ws1), "");
    VERIFY_RESULT(results, 1, kMissing, "not_found");
    VERIFY_RESULT(results, 2, idOf(ws2), "method_not_allowed_for_site");
    VERIFY_RESULT(results, 3, idOf(ws3), "validation_failed");
    VERIFY_RESULT(results, 4, idOf(bobs), "not_found");
    VERIFY_RESULT(results, 5, idOf(ws4), "");

    const QJsonObject applied = results.at(0)[QLatin1String("workspace")].toObject();
    QCOMPARE(methodOf(applied), QStringLiteral("aliyun"));
    QCOMPARE(applied.value(QLatin1String("version")).toInteger(),
             ws1.value(QLatin1String("version")).toInteger() + 1);
    QCOMPARE(current(idOf(ws1)), applied);
    QCOMPARE(current(idOf(ws4)), results.at(5)[QLatin1String("workspace")].toObject());
    QCOMPARE(current(idOf(ws2)), ws2);
    QCOMPARE(current(idOf(ws3)), ws3);
    QCOMPARE(getWorkspace(m_bob, idOf(bobs), &error), bobs);
}

void TestServerBatch::laterItemsSeeEarlierOnes()
{
    const QJsonObject ws = fresh(QStringLiteral("cn1"));
    const qint64 version = ws.value(QLatin1String("version")).toInteger();
    QJsonObject first = item(idOf(ws), aliyun());
    first.insert(QStringLiteral("expectedVersion"), version);
    QJsonObject second = item(idOf(ws), settlementBody(QStringLiteral("billing_center")));
    second.insert(QStringLiteral("expectedVersion"), version);
    const QJsonObject third = item(idOf(ws), settlementBody(QStringLiteral("billing_center")));
    const HttpReply reply = m_alice.post(kBatch, batch({first, second, third}));
    VERIFY_STATUS(reply, 200);
    const QJsonArray results = reply.object().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 3);
    VERIFY_RESULT(results, 0, idOf(ws), "");
    VERIFY_RESULT(results, 1, idOf(ws), "version_conflict");
    const QJsonObject conflict = results.at(1)[QLatin1String("error")].toObject();
    QCOMPARE(conflict[QLatin1String("current")].toObject(),
             results.at(0)[QLatin1String("workspace")].toObject());
    VERIFY_RESULT(results, 2, idOf(ws), "change_too_soon");
    QVERIFY(!results.at(2)[QLatin1String("error")][QLatin1String("nextChangeAllowedAt")]
                 .toString()
                 .isEmpty());
    QCOMPARE(methodOf(current(idOf(ws))), QStringLiteral("aliyun"));
}

void TestServerBatch::itemErrorsUseRelativePaths()
{
    const QJsonObject ws = fresh(QStringLiteral("cn1"));
    QJsonObject badUid = item(idOf(ws), aliyun());
    badUid.insert(QStringLiteral("aliyunAccountId"), QStringLiteral("not-a-uid"));
    QJsonObject unknown = item(idOf(ws), settlementBody(QStringLiteral("billing_center")));
    unknown.insert(QStringLiteral("comment"), QStringLiteral("x"));
    const HttpReply reply = m_alice.post(kBatch, batch({badUid, unknown}));
    VERIFY_STATUS(reply, 200);
    const QJsonArray results = reply.object().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 2);
    VERIFY_RESULT(results, 0, idOf(ws), "validation_failed");
    VERIFY_RESULT(results, 1, idOf(ws), "validation_failed");
    const QJsonObject fields0 =
        results.at(0)[QLatin1String("error")][QLatin1String("fields")].toObject();
    const QJsonObject fields1 =
        results.at(1)[QLatin1String("error")][QLatin1String("fields")].toObject();
    QVERIFY2(fields0.contains(QLatin1String("aliyunAccountId")), qPrintable(reply.describe()));
    QVERIFY2(fields1.contains(QLatin1String("comment")), qPrintable(reply.describe()));
    QCOMPARE(current(idOf(ws)), ws);
}

void TestServerBatch::batchShapeIsValidated_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no changes") << QByteArray(R"({"changes":[]})") << QStringLiteral("changes");
    QTest::newRow("missing") << QByteArray(R"({})") << QStringLiteral("changes");
    QTest::newRow("object") << QByteArray(R"({"changes":{"workspaceId":"WS","method":"aliyun"}})")
                            << QStringLiteral("changes");
    QTest::newRow("string") << QByteArray(R"({"changes":"all"})") << QStringLiteral("changes");
    QTest::newRow("unknown top-level field") << QByteArray(
        R"({"changes":[{"workspaceId":"WS","method":"billing_center"}],"dryRun":true})")
                                             << QStringLiteral("dryRun");
}

void TestServerBatch::batchShapeIsValidated()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const QJsonObject ws = fresh(QStringLiteral("cn2"));
    body.replace("WS", idOf(ws).toUtf8());
    const HttpReply reply = m_alice.postRaw(kBatch, body);
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, field);
    QCOMPARE(current(idOf(ws)), ws);
}

void TestServerBatch::moreThanAThousandIsTooLarge()
{
    const QJsonObject ws = fresh(QStringLiteral("cn1"));
    QJsonArray changes{item(idOf(ws), aliyun())};
    for (int i = 1; i < 1001; ++i)
        changes.append(item(QStringLiteral("ws_%1").arg(i, 16, 16, QLatin1Char('0')),
                            settlementBody(QStringLiteral("billing_center"))));
    QCOMPARE(changes.size(), 1001);
    VERIFY_ERROR(m_alice.post(kBatch, batch(changes)), 413, "payload_too_large");
    QCOMPARE(current(idOf(ws)), ws);
}

void TestServerBatch::aThousandIsAccepted()
{
    const QJsonObject ws = fresh(QStringLiteral("cn1"));
    QJsonArray changes{item(idOf(ws), aliyun())};
    QStringList ids{idOf(ws)};
    for (int i = 1; i < 1000; ++i) {
        ids << QStringLiteral("ws_%1").arg(0xa0000 + i, 16, 16, QLatin1Char('0'));
        changes.append(item(ids.last(), settlementBody(QStringLiteral("billing_center"))));
    }
    const HttpReply reply = m_alice.post(kBatch, batch(changes));
    VERIFY_STATUS(reply, 200);
    const QJsonArray results = reply.object().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 1000);
    VERIFY_RESULT(results, 0, ids.at(0), "");
    for (int i = 1; i < 1000; ++i)
        VERIFY_RESULT(results, i, ids.at(i), "not_found");
    QCOMPARE(methodOf(current(idOf(ws))), QStringLiteral("aliyun"));
}

void TestServerBatch::appliedChangesAreDurable()
{
    const QJsonObject ws1 = fresh(QStringLiteral("cn1"));
    const QJsonObject ws2 = fresh(QStringLiteral("us1"));
    QString claimError;
    const QJsonObject aws = boundSettlementBody(m_alice, QStringLiteral("aws"), &claimError);
    VERIFY_NO_ERROR(claimError);
    const HttpReply reply =
        m_alice.post(kBatch, batch({item(idOf(ws1), aliyun()), item(idOf(ws2), aws)}));
    VERIFY_STATUS(reply, 200);
    const QJsonArray results = reply.object().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 2);

    QString error;
    const QDateTime now = serverNow(m_anon, &error);
    VERIFY_NO_ERROR(error);

    // No chance to flush anything after the reply: SIGKILL, then the same database again.
    QVERIFY2(m_server.kill(), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    for (HttpClient *client : {&m_anon, &m_alice, &m_bob})
        client->setBaseUrl(m_server.baseUrl());
    VERIFY_STATUS(setClock(m_anon, now), 200); // the sandbox clock need not survive a restart
    QCOMPARE(current(idOf(ws1)), results.at(0)[QLatin1String("workspace")].toObject());
    QCOMPARE(current(idOf(ws2)), results.at(1)[QLatin1String("workspace")].toObject());
}

QTEST_GUILESS_MAIN(TestServerBatch)
#include "tst_server_batch.moc"
