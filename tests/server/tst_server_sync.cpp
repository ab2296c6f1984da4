// Delta sync of the workspace list (issue 20): every page carries a syncToken;
// `changedSince=<token>` lists only the account's workspaces changed since, whatever made
// the change (a user, the marketplace, the lock countdown), paged, with a new token; a
// token this server cannot continue from is 410 sync_token_expired, a malformed one 422.
#include "ApiHelpers.h"
#include "HttpClient.h"
#include "ReplyChecks.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace billing::test;

namespace {
const QString kWorkspaces = QStringLiteral("/api/v1/workspaces");

QSet<QString> idsOf(const QJsonArray &items)
{
    QSet<QString> ids;
    for (const QJsonValue &item : items)
        ids.insert(item.toObject().value(u"id").toString());
    return ids;
}
} // namespace

class TestServerSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPageCarriesAToken();
    void deltaHoldsOnlyWhatChanged();
    void deltaIsPaged();
    void unusableTokens_data();
    void unusableTokens();
    void marketplaceAndLockChangesAreInTheDelta(); // last: it moves the clock on 15 days

private:
    QString tokenNow();
    HttpReply delta(const QString &token, const QueryItems &more = {});
    QJsonObject create(const QString &name);

    TestServer m_server;
    Session m_aliceSession;
    HttpClient m_alice;
    HttpClient m_bob;
};

void TestServerSync::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_alice.setBaseUrl(m_server.baseUrl());
    m_bob.setBaseUrl(m_server.baseUrl());
    const Session alice = m_aliceSession = registerAccount(m_alice, uniqueName(u"alice"_qs));
    const Session bob = registerAccount(m_bob, uniqueName(u"bob"_qs));
    QVERIFY2(alice.ok() && bob.ok(), qPrintable(alice.error + bob.error));
    m_alice.setToken(alice.token);
    m_bob.setToken(bob.token);
    for (int i = 0; i < 5; ++i)
        QVERIFY(!create(uniqueName(u"ws"_qs)).isEmpty());
}

QJsonObject TestServerSync::create(const QString &name)
{
    QString error;
    const QJsonObject ws = createWorkspace(m_alice, workspaceBody(name, u"cn1"_qs), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return ws;
}

QString TestServerSync::tokenNow()
{
    return m_alice.get(kWorkspaces, {{u"limit"_qs, u"1"_qs}})
        .object()
        .value(u"syncToken")
        .toString();
}

HttpReply TestServerSync::delta(const QString &token, const QueryItems &more)
{
    return m_alice.get(kWorkspaces, QueryItems{{u"changedSince"_qs, token}} + more);
}

void TestServerSync::everyPageCarriesAToken()
{
    const HttpReply first = m_alice.get(kWorkspaces, {{u"limit"_qs, u"2"_qs}});
    VERIFY_STATUS(first, 200);
    const QString cursor = first.object().value(u"nextCursor").toString();
    QVERIFY(!cursor.isEmpty());
    const HttpReply second =
        m_alice.get(kWorkspaces, {{u"limit"_qs, u"2"_qs}, {u"cursor"_qs, cursor}});
    for (const HttpReply &page : {first, second}) {
        const QString token = page.object().value(u"syncToken").toString();
        QVERIFY2(token.startsWith(u"s1."), qPrintable(page.describe()));
    }
}

void TestServerSync::deltaHoldsOnlyWhatChanged()
{
    const QString token = tokenNow();
    const HttpReply nothing = delta(token);
    VERIFY_STATUS(nothing, 200);
    QCOMPARE(nothing.items().size(), 0);
    QCOMPARE(nothing.object().value(u"total").toInt(), 0);

    const QString created = create(uniqueName(u"new"_qs)).value(u"id").toString();
    const QString other = create(uniqueName(u"new"_qs)).value(u"id").toString();
    QString bobError; // another account's change is not in Alice's delta
    QVERIFY(!createWorkspace(m_bob, workspaceBody(uniqueName(u"bobs"_qs), u"cn1"_qs), &bobError)
                 .isEmpty());

    const HttpReply changes = delta(token);
    VERIFY_STATUS(changes, 200);
    const QSet<QString> ids = idsOf(changes.items());
    QCOMPARE(ids, (QSet<QString>{created, other}));
    QCOMPARE(changes.object().value(u"total").toInt(), 2);
    // Its own token starts where it ended.
    const QString next = changes.object().value(u"syncToken").toString();
    QVERIFY(next != token);
    QCOMPARE(delta(next).items().size(), 0);
}

void TestServerSync::marketplaceAndLockChangesAreInTheDelta()
{
    QString error;
    const QString uid = uniqueUid();
    const QString instance =
        createSandboxInstance(m_alice, uid, &error).value(u"instanceId").toString();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString id = create(uniqueName(u"bound"_qs)).value(u"id").toString();

    // A user binds it to the marketplace...
    QString token = tokenNow();
    VERIFY_STATUS(m_alice.put(kWorkspaces + u'/' + id + u"/settlement"_qs,
                              settlementBody(u"aliyun"_qs, uid, instance)),
                  200);
    HttpReply changes = delta(token);
    QCOMPARE(idsOf(changes.items()), QSet<QString>{id});
    // ...the marketplace ends the subscription...
    token = changes.object().value(u"syncToken").toString();
    sandboxInstanceAction(m_alice, instance, u"expire"_qs, &error); // the marketplace's call
    QVERIFY2(error.isEmpty(), qPrintable(error));
    changes = delta(token);
    QCOMPARE(idsOf(changes.items()), QSet<QString>{id});
    QCOMPARE(changes.items().first().toObject().value(u"status").toString(), u"lock_pending"_qs);

    // ...and the lock countdown ends.
    token = changes.object().value(u"syncToken").toString();
    const QDateTime now = serverNow(m_alice, &error);
    VERIFY_STATUS(setClock(m_alice, now.addDays(15)), 200);
    const Session again = login(m_alice, m_aliceSession.username, m_aliceSession.password);
    QVERIFY2(again.ok(), qPrintable(again.error));
    m_alice.setToken(again.token); // the move ended every session
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(delta(token).items()), QSet<QString>{id}, 10000);
    QCOMPARE(delta(token).items().first().toObject().value(u"status").toString(), u"locked"_qs);
}

void TestServerSync::deltaIsPaged()
{
    const QString token = tokenNow();
    QSet<QString> made;
    for (int i = 0; i < 7; ++i)
        made.insert(create(uniqueName(u"paged"_qs)).value(u"id").toString());
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    do {
        QueryItems query{{u"limit"_qs, u"3"_qs}};
        if (!cursor.isEmpty())
            query.append({u"cursor"_qs, cursor});
        const HttpReply page = delta(token, query);
        VERIFY_STATUS(page, 200);
        QVERIFY(page.items().size() <= 3);
        seen.unite(idsOf(page.items()));
        cursor = page.object().value(u"nextCursor").toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen, made);
}

void TestServerSync::unusableTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QueryItems>("more");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("not a token") << u"yesterday"_qs << QueryItems{} << 422
                                 << u"validation_failed"_qs;
    QTest::newRow("another database")
        << u"s1.0123456789abcdef.1.1"_qs << QueryItems{} << 410 << u"sync_token_expired"_qs;
    QTest::newRow("with a filter")
        << QString() << QueryItems{{u"site"_qs, u"cn1"_qs}} << 422 << u"validation_failed"_qs;
}

void TestServerSync::unusableTokens()
{
    QFETCH(QString, token);
    QFETCH(QueryItems, more);
    QFETCH(int, status);
    QFETCH(QString, code);
    if (token.isEmpty())
        token = tokenNow();
    const HttpReply reply = delta(token, more);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(!reply.error().value(u"message").toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_server_sync.moc"
