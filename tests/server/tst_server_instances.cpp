// Who may look up a marketplace instance (?aliUid= or a UID this account ever bound), what
// boundWorkspaces counts, the notifications page and the sandbox mailbox.
#include "ApiHelpers.h"
#include "Notification.h"
#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "TestServer.h"
#include "TwoAccountTest.h"

#include <QRegularExpression>
#include <QTest>

using namespace billing::test;

namespace {
const QString kInstances = QStringLiteral("/api/v1/marketplace/aliyun/instances/");
const QString kNotifications = QStringLiteral("/api/v1/notifications");
const QString kMailbox = QStringLiteral("/api/v1/sandbox/mailbox");

QStringList ids(const QJsonArray &items)
{
    QStringList result;
    for (const QJsonValue &item : items)
        result << item[QLatin1String("id")].toString();
    return result;
}

// Empty when the items are newest first.
QString newestFirstMismatch(const QJsonArray &items)
{
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QDateTime newer =
            billing::rfc3339::parse(items.at(i - 1)[QLatin1String("createdAt")].toString());
        const QDateTime older =
            billing::rfc3339::parse(items.at(i)[QLatin1String("createdAt")].toString());
        if (!newer.isValid() || !older.isValid() || newer < older)
            return QStringLiteral("items %1 and %2 are not newest first").arg(i - 1).arg(i);
    }
    return {};
}
} // namespace

class TestServerInstances : public TwoAccountTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void lookupNeedsTheAliUid();
    void bindingMakesTheUidVisible();
    void boundWorkspacesCountsTheCallersOnly();
    void notificationsPage();
    void mailboxFiltersByRecipient();

private:
    QString newInstance(const QString &uid);
    QString bind(HttpClient &client, const QString &uid, const QString &instance);

    QStringList m_releaseMails; // alice's notification ids, oldest first
};

void TestServerInstances::initTestCase()
{
    VERIFY_NO_ERROR(startWithTwoAccounts(utc("2031-12-01T02:00:00Z"), QStringLiteral("inst")));
}

void TestServerInstances::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QString TestServerInstances::newInstance(const QString &uid)
{
    QString error;
    const QString id =
        createSandboxInstance(m_anon, uid, &error)[QLatin1String("instanceId")].toString();
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return id;
}

QString TestServerInstances::bind(HttpClient &client, const QString &uid, const QString &instance)
{
    QString error;
    const QJsonObject ws =
        createWorkspace(client,
                        workspaceBody(uniqueName(QStringLiteral("on-")), QStringLiteral("cn1"),
                                      settlementBody(QStringLiteral("aliyun"), uid, instance)),
                        &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return ws.value(QLatin1String("id")).toString();
}

void TestServerInstances::lookupNeedsTheAliUid()
{
    const QString uid = uniqueUid();
    const QString id = newInstance(uid);
    QVERIFY(!id.isEmpty());
    VERIFY_ERROR(m_alice.get(kInstances + id), 404, "not_found");
    VERIFY_ERROR(m_alice.get(kInstances + id, {{QStringLiteral("aliUid"), uniqueUid()}}), 404,
                 "not_found");
    const HttpReply visible = m_alice.get(kInstances + id, {{QStringLiteral("aliUid"), uid}});
    VERIFY_STATUS(visible, 200);
    QCOMPARE(visible.object().value(QLatin1String("instanceId")).toString(), id);
    QCOMPARE(visible.object().value(QLatin1String("aliUid")).toString(), uid);
    QCOMPARE(visible.object().value(QLatin1String("status")).toString(), QStringLiteral("opened"));
    QCOMPARE(visible.object().value(QLatin1String("boundWorkspaces")).toInt(-1), 0);
    VERIFY_ERROR(m_alice.get(kInstances + QStringLiteral("8777777777777777777"),
                             {{QStringLiteral("aliUid"), uid}}),
                 404, "not_found");
    VERIFY_ERROR(
        m_alice.get(kInstances + QStringLiteral("not-a-number"), {{QStringLiteral("aliUid"), uid}}),
        404, "not_found");
}

void TestServerInstances::bindingMakesTheUidVisible()
{
    const QString uid = uniqueUid();
    const QString bound = newInstance(uid);
    const QString sibling = newInstance(uid);
    const QString ws = bind(m_alice, uid, bound);
    QVERIFY(!ws.isEmpty());

    const HttpReply mine = m_alice.get(kInstances + bound);
    VERIFY_STATUS(mine, 200);
    QCOMPARE(mine.object().value(QLatin1String("boundWorkspaces")).toInt(-1), 1);
    VERIFY_STATUS(m_alice.get(kInstances + sibling), 200); // the UID, not the instance, was bound
    VERIFY_ERROR(m_bob.get(kInstances + bound), 404, "not_found");

    // "Ever bound": moving the workspace away keeps the UID visible.
    VERIFY_STATUS(
        m_alice.put(QStringLiteral("/api/v1/workspaces/") + ws + QStringLiteral("/settlement"),
                    settlementBody(QStringLiteral("billing_center"))),
        200);
    const HttpReply still = m_alice.get(kInstances + bound);
    VERIFY_STATUS(still, 200);
    QCOMPARE(still.object().value(QLatin1String("boundWorkspaces")).toInt(-1), 0);
}

void TestServerInstances::boundWorkspacesCountsTheCallersOnly()
{
    const QString uid = uniqueUid();
    const QString id = newInstance(uid);
    QVERIFY(!bind(m_alice, uid, id).isEmpty());
    QVERIFY(!bind(m_alice, uid, id).isEmpty());
    QVERIFY(!bind(m_bob, uid, id).isEmpty());
    const HttpReply alices = m_alice.get(kInstances + id);
    const HttpReply bobs = m_bob.get(kInstances + id);
    VERIFY_STATUS(alices, 200);
    VERIFY_STATUS(bobs, 200);
    QCOMPARE(alices.object().value(QLatin1String("boundWorkspaces")).toInt(-1), 2);
    QCOMPARE(bobs.object().value(QLatin1String("boundWorkspaces")).toInt(-1), 1);
    // The sandbox's view is full: every account's workspaces count.
    QString error;
    const QJsonObject full = sandboxInstanceAction(m_anon, id, QStringLiteral("renew"), &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(full.value(QLatin1String("boundWorkspaces")).toInt(-1), 3);
    // "empty or {}": an empty body works as well.
    const HttpReply empty =
        m_anon.send({"POST",
                     QStringLiteral("/api/v1/sandbox/aliyun/instances/%1/renew").arg(id),
                     {},
                     QByteArray(""),
                     {},
                     QString()});
    VERIFY_STATUS(empty, 200);
    QCOMPARE(empty.object(), full);
}

void TestServerInstances::notificationsPage()
{
    QString error;
    const qint64 bobBefore = listTotal(m_bob, kNotifications, {}, &error);
    for (int i = 0; i < 2; ++i) {
        const QString uid = uniqueUid();
        const QString id = newInstance(uid);
        QVERIFY(!bind(m_alice, uid, id).isEmpty());
        sandboxInstanceAction(m_anon, id, QStringLiteral("release"), &error);
        VERIFY_NO_ERROR(error);
        const HttpReply page =
            m_alice.get(kNotifications, {{QStringLiteral("limit"), QStringLiteral("1")}});
        VERIFY_PAGE(page);
        m_releaseMails << page.items().at(0)[QLatin1String("id")].toString();
        const QDateTime now = serverNow(m_anon, &error);
        VERIFY_STATUS(setClock(m_anon, now.addSecs(60)), 200); // distinct createdAt
    }
    const HttpReply all = m_alice.get(kNotifications);
    VERIFY_PAGE(all);
    const QJsonArray items = all.items();
    QVERIFY(items.size() >= 2);
    QCOMPARE(all.object().value(QLatin1String("total")).toInteger(), items.size());
    VERIFY_NO_ERROR(newestFirstMismatch(items));
    QCOMPARE(ids(items).mid(0, 2), QStringList({m_releaseMails[1], m_releaseMails[0]}));
    static const QRegularExpression idPattern(QStringLiteral("^ntf_[0-9a-f]{16}$"));
    for (const QJsonValue &item : items) {
        const auto note = billing::notificationFromJson(item.toObject());
        QVERIFY2(note.has_value(), qPrintable(all.describe()));
        QVERIFY2(idPattern.match(note->id).hasMatch(), qPrintable(note->id));
        QCOMPARE(note->to, m_aliceSession.email);
        QVERIFY(!note->subject.isEmpty());
        QVERIFY(!note->body.isEmpty());
    }

    QStringList walked;
    QString cursor;
    do {
        QueryItems query{{QStringLiteral("limit"), QStringLiteral("1")}};
        if (!cursor.isEmpty())
            query.append({QStringLiteral("cursor"), cursor});
        const HttpReply page = m_alice.get(kNotifications, query);
        VERIFY_PAGE(page);
        walked << ids(page.items());
        cursor = page.object().value(QLatin1String("nextCursor")).toString();
    } while (!cursor.isEmpty() && walked.size() <= items.size());
    QCOMPARE(walked, ids(items));

    const QJsonArray bobs = listAll(m_bob, kNotifications, {}, &error);
    QCOMPARE(bobs.size(), bobBefore);
    for (const QString &id : std::as_const(m_releaseMails))
        QVERIFY(!ids(bobs).contains(id));
    VERIFY_ERROR(m_alice.get(kNotifications, {{QStringLiteral("limit"), QStringLiteral("0")}}), 422,
                 "validation_failed");
}

void TestServerInstances::mailboxFiltersByRecipient()
{
    QVERIFY(m_releaseMails.size() == 2);
    const HttpReply mine = m_anon.get(kMailbox, {{QStringLiteral("to"), m_aliceSession.email}});
    VERIFY_PAGE(mine);
    for (const QJsonValue &item : mine.items())
        QCOMPARE(item[QLatin1String("to")].toString(), m_aliceSession.email);
    for (const QString &id : std::as_const(m_releaseMails))
        QVERIFY2(ids(mine.items()).contains(id), qPrintable(mine.describe()));
    VERIFY_NO_ERROR(newestFirstMismatch(mine.items()));

    const HttpReply bobs = m_anon.get(kMailbox, {{QStringLiteral("to"), m_bobSession.email}});
    VERIFY_PAGE(bobs);
    QVERIFY(bobs.items().size() >= 1); // the verification code
    for (const QJsonValue &item : bobs.items())
        QCOMPARE(item[QLatin1String("to")].toString(), m_bobSession.email);

    const HttpReply everyone = m_anon.get(kMailbox);
    VERIFY_PAGE(everyone);
    QCOMPARE(everyone.object().value(QLatin1String("total")).toInteger(),
             mine.object().value(QLatin1String("total")).toInteger()
                 + bobs.object().value(QLatin1String("total")).toInteger());
    VERIFY_NO_ERROR(newestFirstMismatch(everyone.items()));
    const HttpReply one = m_anon.get(kMailbox, {{QStringLiteral("limit"), QStringLiteral("1")}});
    VERIFY_PAGE(one);
    QCOMPARE(one.items().size(), 1);
    QVERIFY(one.object().value(QLatin1String("nextCursor")).isString());
}

QTEST_GUILESS_MAIN(TestServerInstances)
#include "tst_server_instances.moc"
