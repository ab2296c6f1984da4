// A marketplace subscription's life as the bound workspaces see it: expiredInstance starts the
// 14-day lock countdown, the countdown ends in locked, renewInstance restores, releaseInstance
// switches every bound workspace back to billing_center in one go and mails each owner once.
#include "ApiHelpers.h"
#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "TestServer.h"
#include "TwoAccountTest.h"

#include <QFile>
#include <QTest>

using namespace billing::test;

namespace {
const QString kWorkspaces = QStringLiteral("/api/v1/workspaces");
const QString kNotifications = QStringLiteral("/api/v1/notifications");
const qint64 kFourteenDays = 14 * 24 * 3600;

QueryItems action(const char *name, const QString &instanceId)
{
    QueryItems params{{QStringLiteral("action"), QString::fromLatin1(name)},
                      {QStringLiteral("instanceId"), instanceId}};
    if (qstrcmp(name, "renewInstance") == 0) {
        params << QPair<QString, QString>(QStringLiteral("orderId"), uniqueOrderId())
               << QPair<QString, QString>(QStringLiteral("expiredOn"),
                                          QStringLiteral("2032-12-01 08:00:00"));
    } else if (qstrcmp(name, "releaseInstance") == 0) {
        params << QPair<QString, QString>(QStringLiteral("isRefund"), QStringLiteral("false"));
    }
    return params;
}

QString idOf(const QJsonObject &object)
{
    return object.value(QLatin1String("id")).toString();
}
} // namespace

class TestServerLifecycle : public TwoAccountTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void expireStartsTheLockCountdown();
    void releaseSwitchesEveryBoundWorkspace();
    void releaseUnlocksAPendingWorkspace();

private:
    HttpReply spi(const char *name, const QString &instanceId);
    QString newInstance();
    QJsonObject bind(HttpClient &client, const QString &site, const QString &instance,
                     const QString &name = {});
    QJsonObject get(HttpClient &client, const QString &id);
    QJsonObject instance(const QString &id);

    QString m_uid;
};

void TestServerLifecycle::initTestCase()
{
    VERIFY_NO_ERROR(startWithTwoAccounts(utc("2031-10-05T04:00:00Z"), QStringLiteral("life")));
    m_uid = uniqueUid();
}

void TestServerLifecycle::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

HttpReply TestServerLifecycle::spi(const char *name, const QString &instanceId)
{
    return callSpi(m_anon, action(name, instanceId), m_server.spiKey());
}

QString TestServerLifecycle::newInstance()
{
    const HttpReply reply =
        callSpi(m_anon, createInstanceParams(m_uid, uniqueOrderId()), m_server.spiKey());
    if (reply.status != 200)
        qWarning("createInstance: %s", qPrintable(reply.describe()));
    return reply.object().value(QLatin1String("instanceId")).toString();
}

QJsonObject TestServerLifecycle::bind(HttpClient &client, const QString &site,
                                      const QString &instance, const QString &name)
{
    QString error;
    const QJsonObject ws = createWorkspace(
        client,
        workspaceBody(name.isEmpty() ? uniqueName(QStringLiteral("bound-")) : name, site,
                      settlementBody(QStringLiteral("aliyun"), m_uid, instance)),
        &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return ws;
}

QJsonObject TestServerLifecycle::get(HttpClient &client, const QString &id)
{
    QString error;
    const QJsonObject ws = getWorkspace(client, id, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return ws;
}

QJsonObject TestServerLifecycle::instance(const QString &id)
{
    QString error;
    const QJsonObject found = getAliyunInstance(m_alice, id, m_uid, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return found;
}

void TestServerLifecycle::expireStartsTheLockCountdown()
{
    const QString target = newInstance();
    const QString control = newInstance();
    QVERIFY(!target.isEmpty() && !control.isEmpty());
    const QString a1 = idOf(bind(m_alice, QStringLiteral("cn1"), target));
    const QString a2 = idOf(bind(m_alice, QStringLiteral("cn6"), target));
    const QString b1 = idOf(bind(m_bob, QStringLiteral("cn1"), target));
    const QString other = idOf(bind(m_alice, QStringLiteral("cn1"), control));
    QString error;
    const QDateTime before = serverNow(m_anon, &error);
    VERIFY_NO_ERROR(error);

    const HttpReply expired = spi("expiredInstance", target);
    VERIFY_STATUS(expired, 200);
    QCOMPARE(expired.object().value(QLatin1String("success")), QJsonValue(QStringLiteral("true")));
    QCOMPARE(instance(target).value(QLatin1String("status")).toString(), QStringLiteral("expired"));
    const QDateTime after = serverNow(m_anon, &error);
    const QJsonObject pending = get(m_alice, a1);
    QCOMPARE(pending.value(QLatin1String("status")).toString(), QStringLiteral("lock_pending"));
    const QDateTime lockAt =
        billing::rfc3339::parse(pending.value(QLatin1String("lockAt")).toString());
    QVERIFY2(lockAt >= before.addSecs(kFourteenDays - 1)
                 && lockAt <= after.addSecs(kFourteenDays + 1),
             qPrintable(QJsonDocument(pending).toJson()));
    QCOMPARE(get(m_alice, a2).value(QLatin1String("lockAt")),
             pending.value(QLatin1String("lockAt")));
    QCOMPARE(get(m_bob, b1).value(QLatin1String("status")).toString(),
             QStringLiteral("lock_pending"));
    QCOMPARE(get(m_alice, other).value(QLatin1String("status")).toString(),
             QStringLiteral("active"));
    QVERIFY(get(m_alice, other).value(QLatin1String("lockAt")).isNull());

    // The marketplace retries: the countdown keeps its first end.
    VERIFY_NO_ERROR(moveClockTo(after.addSecs(3600)));
    VERIFY_STATUS(spi("expiredInstance", target), 200);
    QCOMPARE(get(m_alice, a1).value(QLatin1String("lockAt")),
             pending.value(QLatin1String("lockAt")));

    VERIFY_NO_ERROR(moveClockTo(lockAt.addSecs(-120)));
    QCOMPARE(get(m_alice, a1).value(QLatin1String("status")).toString(),
             QStringLiteral("lock_pending"));
    VERIFY_NO_ERROR(moveClockTo(lockAt.addSecs(1)));
    QCOMPARE(get(m_alice, a1).value(QLatin1String("status")).toString(), QStringLiteral("locked"));
    QCOMPARE(get(m_bob, b1).value(QLatin1String("status")).toString(), QStringLiteral("locked"));
    const HttpReply lockedList =
        m_alice.get(kWorkspaces, {{QStringLiteral("status"), QStringLiteral("locked")}});
    VERIFY_PAGE(lockedList);
    QCOMPARE(lockedList.object().value(QLatin1String("total")).toInteger(), 2);

    const HttpReply renewed = spi("renewInstance", target);
    VERIFY_STATUS(renewed, 200);
    QCOMPARE(renewed.object().value(QLatin1String("success")), QJsonValue(QStringLiteral("true")));
    const QJsonObject renewedInstance = instance(target);
    QCOMPARE(renewedInstance.value(QLatin1String("status")).toString(), QStringLiteral("opened"));
    QCOMPARE(renewedInstance.value(QLatin1String("expiredOn")).toString(),
             QStringLiteral("2032-12-01T00:00:00Z"));
    for (const auto &[client, id] :
         {std::pair{&m_alice, a1}, std::pair{&m_alice, a2}, std::pair{&m_bob, b1}}) {
        const QJsonObject ws = get(*client, id);
        QCOMPARE(ws.value(QLatin1String("status")).toString(), QStringLiteral("active"));
        QVERIFY(ws.value(QLatin1String("lockAt")).isNull());
        QCOMPARE(ws[QLatin1String("settlement")][QLatin1String("instanceId")].toString(), target);
    }

    // A later expiry starts a new countdown from its own time.
    const QDateTime later = serverNow(m_anon, &error).addSecs(24 * 3600);
    VERIFY_NO_ERROR(moveClockTo(later));
    VERIFY_STATUS(spi("expiredInstance", target), 200);
    const QDateTime again =
        billing::rfc3339::parse(get(m_alice, a1).value(QLatin1String("lockAt")).toString());
    QVERIFY2(again >= later.addSecs(kFourteenDays - 1)
                 && again <= later.addSecs(kFourteenDays + 120),
             qPrintable(again.toString(Qt::ISODate)));
}

void TestServerLifecycle::releaseSwitchesEveryBoundWorkspace()
{
    const QString target = newInstance();
    const QString spare = newInstance();
    const QList<QJsonObject> alices{bind(m_alice, QStringLiteral("cn1"), target),
                                    bind(m_alice, QStringLiteral("cn6"), target)};
    const QJsonObject bobs = bind(m_bob, QStringLiteral("cn6"), target);
    QString error;
    const QJsonObject untouched = createWorkspace(
        m_alice, workspaceBody(QStringLiteral("stays"), QStringLiteral("cn1")), &error);
    VERIFY_NO_ERROR(error);
    const QStringList emlBefore = files(m_server.mailDir());
    const QJsonArray aliceMailBefore = listAll(m_alice, kNotifications, {}, &error);
    const QJsonArray bobMailBefore = listAll(m_bob, kNotifications, {}, &error);
    VERIFY_NO_ERROR(error);
    const QDateTime before = serverNow(m_anon, &error);

    const HttpReply released = spi("releaseInstance", target);
    VERIFY_STATUS(released, 200);
    QCOMPARE(released.object().value(QLatin1String("success")), QJsonValue(QStringLiteral("true")));
    QCOMPARE(instance(target).value(QLatin1String("boundWorkspaces")).toInt(-1), 0);
    QCOMPARE(instance(target).value(QLatin1String("status")).toString(),
             QStringLiteral("released"));

    QList<QPair<HttpClient *, QJsonObject>> bound{
        {&m_alice, alices[0]}, {&m_alice, alices[1]}, {&m_bob, bobs}};
    for (const auto &[client, was] : bound) {
        const QJsonObject ws = get(*client, idOf(was));
        const QJsonObject settlement = ws.value(QLatin1String("settlement")).toObject();
        QCOMPARE(settlement.value(QLatin1String("method")).toString(),
                 QStringLiteral("billing_center"));
        QVERIFY(!settlement.contains(QLatin1String("aliyunAccountId"))
                && !settlement.contains(QLatin1String("instanceId")));
        QVERIFY(billing::rfc3339::parse(settlement.value(QLatin1String("since")).toString())
                >= before.addSecs(-1));
        QCOMPARE(ws.value(QLatin1String("version")).toInteger(),
                 was.value(QLatin1String("version")).toInteger() + 1);
        QVERIFY(ws.value(QLatin1String("nextChangeAllowedAt")).isNull()); // not the user's change
        QCOMPARE(ws.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    }
    QCOMPARE(get(m_alice, idOf(untouched)), untouched);

    // One mail per owning account, listing that account's workspaces only.
    const QJsonArray aliceMail = listAll(m_alice, kNotifications, {}, &error);
    const QJsonArray bobMail = listAll(m_bob, kNotifications, {}, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(aliceMail.size(), aliceMailBefore.size() + 1);
    QCOMPARE(bobMail.size(), bobMailBefore.size() + 1);
    const QJsonObject aliceNote = aliceMail.at(0).toObject(); // newest first
    const QJsonObject bobNote = bobMail.at(0).toObject();
    for (const QJsonObject &ws : alices) {
        const QString body = aliceNote.value(QLatin1String("body")).toString();
        QVERIFY2(body.contains(ws.value(QLatin1String("name")).toString())
                     || body.contains(idOf(ws)),
                 qPrintable(body));
    }
    QVERIFY(!aliceNote.value(QLatin1String("body"))
                 .toString()
                 .contains(bobs.value(QLatin1String("name")).toString()));
    QVERIFY(bobNote.value(QLatin1String("body"))
                .toString()
                .contains(bobs.value(QLatin1String("name")).toString())
            || bobNote.value(QLatin1String("body")).toString().contains(idOf(bobs)));
    QCOMPARE(aliceNote.value(QLatin1String("to")).toString(), m_aliceSession.email);

    const QStringList eml = files(m_server.mailDir());
    QCOMPARE(eml.size(), emlBefore.size() + 2);
    for (const QJsonObject &note : {aliceNote, bobNote}) {
        const QString name = idOf(note) + QStringLiteral(".eml");
        QVERIFY2(eml.contains(name), qPrintable(eml.join(u' ')));
        QFile file(m_server.mailDir() + u'/' + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains(note.value(QLatin1String("to")).toString().toUtf8()),
                 text.constData());
        VERIFY_NO_ERROR(emlMismatch(text));
    }

    // Repeating changes nothing; renewing is refused; expiring is a no-op success.
    VERIFY_STATUS(spi("releaseInstance", target), 200);
    QCOMPARE(files(m_server.mailDir()).size(), eml.size());
    QCOMPARE(listAll(m_alice, kNotifications, {}, &error).size(), aliceMail.size());
    VERIFY_SPI_ERROR(spi("renewInstance", target), 409, "instance_released");
    const HttpReply expireReleased = spi("expiredInstance", target);
    VERIFY_STATUS(expireReleased, 200);
    QCOMPARE(expireReleased.object().value(QLatin1String("success")),
             QJsonValue(QStringLiteral("true")));
    QCOMPARE(instance(target).value(QLatin1String("status")).toString(),
             QStringLiteral("released"));
    const QJsonObject after = get(m_alice, idOf(alices[0]));
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(after.value(QLatin1String("version")).toInteger(),
             alices[0].value(QLatin1String("version")).toInteger() + 1);

    // The system's switch was no change: the user may still change this month.
    const HttpReply rebind =
        m_alice.put(kWorkspaces + u'/' + idOf(alices[0]) + QStringLiteral("/settlement"),
                    settlementBody(QStringLiteral("aliyun"), m_uid, spare));
    VERIFY_STATUS(rebind, 200);
}

void TestServerLifecycle::releaseUnlocksAPendingWorkspace()
{
    const QString target = newInstance();
    const QString name = uniqueName(QStringLiteral("生产-观测-"));
    const QString id = idOf(bind(m_alice, QStringLiteral("cn1"), target, name));
    VERIFY_STATUS(spi("expiredInstance", target), 200);
    QCOMPARE(get(m_alice, id).value(QLatin1String("status")).toString(),
             QStringLiteral("lock_pending"));
    const QStringList emlBefore = files(m_server.mailDir());
    VERIFY_STATUS(spi("releaseInstance", target), 200);
    const QJsonObject ws = get(m_alice, id);
    QCOMPARE(ws[QLatin1String("settlement")][QLatin1String("method")].toString(),
             QStringLiteral("billing_center"));
    QCOMPARE(ws.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QVERIFY(ws.value(QLatin1String("lockAt")).isNull());

    // The mail names the workspace in UTF-8; the .eml keeps its header section ASCII (RFC 2047).
    QString error;
    const QJsonArray notes = listAll(m_alice, kNotifications, {}, &error);
    VERIFY_NO_ERROR(error);
    QVERIFY(!notes.isEmpty());
    QVERIFY2(notes.at(0)[QLatin1String("body")].toString().contains(name),
             qPrintable(notes.at(0)[QLatin1String("body")].toString()));
    const QStringList eml = files(m_server.mailDir());
    QCOMPARE(eml.size(), emlBefore.size() + 1);
    QFile file(m_server.mailDir() + u'/' + idOf(notes.at(0).toObject()) + QStringLiteral(".eml"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray text = file.readAll();
    qsizetype headerEnd = text.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        headerEnd = text.indexOf("\n\n");
    QVERIFY2(headerEnd > 0, text.constData());
    const QByteArray headers = text.left(headerEnd);
    for (const char c : headers)
        QVERIFY2(static_cast<unsigned char>(c) < 0x80, headers.constData());
    const QByteArray encoding = headers.toLower();
    if (!encoding.contains("content-transfer-encoding: base64")
        && !encoding.contains("content-transfer-encoding: quoted-printable"))
        QVERIFY2(text.mid(headerEnd).contains(name.toUtf8()), text.constData());
}

QTEST_GUILESS_MAIN(TestServerLifecycle)
#include "tst_server_lifecycle.moc"
