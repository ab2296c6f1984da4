// GET /api/v1/workspaces: the filters site, method, status and q, paging with limit and
// cursor (and the next page's Link header), total, and that an account lists only its own
// workspaces.
#include "ApiHelpers.h"
#include "MarketplaceHelpers.h"
#include "ReplyChecks.h"
#include "TestServer.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace billing::test;

namespace {
const QString kWorkspaces = QStringLiteral("/api/v1/workspaces");
const QStringList kAll{
    QStringLiteral("Alpha-Prod"),  QStringLiteral("alpha-dev"), QStringLiteral("Beta"),
    QStringLiteral("gamma-ALPHA"), QStringLiteral("delta"),     QStringLiteral("Epsilon"),
    QStringLiteral("lockme"),      QStringLiteral("100%_done"), QStringLiteral("Überwachung-Prod")};

// The head names the next page as the body does (Link: <…>; rel="next"), with the same
// filters and limit; the last page has no Link.
void checkNextLink(const HttpReply &reply, const QueryItems &asked, const QString &nextCursor)
{
    const QByteArray link = reply.header("Link");
    if (nextCursor.isEmpty()) {
        QVERIFY2(!reply.hasHeader("Link"), link.constData());
        return;
    }
    QVERIFY2(link.startsWith('<') && link.endsWith(">; rel=\"next\""), link.constData());
    const QUrl next = QUrl::fromEncoded(link.mid(1, link.indexOf('>') - 1));
    QCOMPARE(next.path(), kWorkspaces);
    const QUrlQuery query(next);
    QCOMPARE(query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded), nextCursor);
    for (const auto &[name, value] : asked) {
        if (name != u"cursor")
            QCOMPARE(query.queryItemValue(name, QUrl::FullyDecoded), value);
    }
}

QStringList names(const QJsonArray &items)
{
    QStringList result;
    for (const QJsonValue &item : items)
        result << item[QLatin1String("name")].toString();
    return result;
}
} // namespace

class TestServerListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void filters_data();
    void filters();
    void cursorWalksEveryItemOnce_data();
    void cursorWalksEveryItemOnce();
    void limitBounds_data();
    void limitBounds();
    void unreadableCursor_data();
    void unreadableCursor();
    void unknownFilterValue_data();
    void unknownFilterValue();
    void onlyOwnWorkspaces();

private:
    TestServer m_server;
    HttpClient m_anon;
    HttpClient m_alice;
    HttpClient m_bob;
};

void TestServerListing::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    VERIFY_STATUS(setClock(m_anon, utc("2031-07-01T12:00:00Z")), 200);
    for (HttpClient *client : {&m_alice, &m_bob}) {
        const Session session = registerAccount(m_anon, uniqueName(QStringLiteral("lister")));
        VERIFY_NO_ERROR(session.error);
        client->setBaseUrl(m_server.baseUrl());
        client->setToken(session.token);
    }
    QString error;
    const QString uid = uniqueUid();
    const QString prod =
        createSandboxInstance(m_anon, uid, &error)[QLatin1String("instanceId")].toString();
    const QString lock =
        createSandboxInstance(m_anon, uid, &error)[QLatin1String("instanceId")].toString();
    VERIFY_NO_ERROR(error);
    const QJsonObject aws = boundSettlementBody(m_alice, QStringLiteral("aws"), &error);
    VERIFY_NO_ERROR(error);
    const QJsonObject huawei = boundSettlementBody(m_alice, QStringLiteral("huawei"), &error);
    VERIFY_NO_ERROR(error);
    const QString bc = QStringLiteral("billing_center");
    const QList<QJsonObject> bodies{
        workspaceBody(kAll[0], QStringLiteral("cn1"),
                      settlementBody(QStringLiteral("aliyun"), uid, prod)),
        workspaceBody(kAll[1], QStringLiteral("cn1"), settlementBody(bc)),
        workspaceBody(kAll[2], QStringLiteral("cn2"), aws),
        workspaceBody(kAll[3], QStringLiteral("cn4"), huawei),
        workspaceBody(kAll[4], QStringLiteral("id1"), settlementBody(bc)),
        workspaceBody(kAll[5], QStringLiteral("us1"), settlementBody(bc)),
        workspaceBody(kAll[6], QStringLiteral("cn6"),
                      settlementBody(QStringLiteral("aliyun"), uid, lock)),
        workspaceBody(kAll[7], QStringLiteral("id1"), settlementBody(bc)),
        workspaceBody(kAll[8], QStringLiteral("za1"), settlementBody(bc)),
    };
    for (const QJsonObject &body : bodies) {
        createWorkspace(m_alice, body, &error);
        VERIFY_NO_ERROR(error);
    }
    createWorkspace(m_bob, workspaceBody(QStringLiteral("alpha-of-bob"), QStringLiteral("cn1")),
                    &error);
    VERIFY_NO_ERROR(error);
    sandboxInstanceAction(m_anon, lock, QStringLiteral("expire"), &error);
    VERIFY_NO_ERROR(error);
}

void TestServerListing::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void TestServerListing::filters_data()
{
    QTest::addColumn<QueryItems>("query");
    QTest::addColumn<QStringList>("expected");
    const auto q = [](const char *name, const char *value) {
        return QPair<QString, QString>(QString::fromLatin1(name), QString::fromUtf8(value));
    };
    QTest::newRow("none") << QueryItems{} << kAll;
    QTest::newRow("site") << QueryItems{q("site", "cn1")} << QStringList{kAll[0], kAll[1]};
    QTest::newRow("site za1") << QueryItems{q("site", "za1")} << QStringList{kAll[8]};
    QTest::newRow("site none") << QueryItems{q("site", "ap1")} << QStringList{};
    QTest::newRow("method aliyun")
        << QueryItems{q("method", "aliyun")} << QStringList{kAll[0], kAll[6]};
    QTest::newRow("method billing_center")
        << QueryItems{q("method", "billing_center")}
        << QStringList{kAll[1], kAll[4], kAll[5], kAll[7], kAll[8]};
    QTest::newRow("status active")
        << QueryItems{q("status", "active")} << QStringList(kAll.mid(0, 6) + kAll.mid(7));
    QTest::newRow("status lock_pending")
        << QueryItems{q("status", "lock_pending")} << QStringList{kAll[6]};
    QTest::newRow("status locked") << QueryItems{q("status", "locked")} << QStringList{};
    QTest::newRow("q lower") << QueryItems{q("q", "alpha")}
                             << QStringList{kAll[0], kAll[1], kAll[3]};
    QTest::newRow("q upper") << QueryItems{q("q", "ALPHA")}
                             << QStringList{kAll[0], kAll[1], kAll[3]};
    QTest::newRow("q middle") << QueryItems{q("q", "ha-pr")} << QStringList{kAll[0]};
    QTest::newRow("q none") << QueryItems{q("q", "zzz")} << QStringList{};
    QTest::newRow("q quote") << QueryItems{q("q", "' OR '1'='1")} << QStringList{};
    // Literal text, not a LIKE pattern; case-insensitive beyond ASCII.
    QTest::newRow("q percent") << QueryItems{q("q", "%")} << QStringList{kAll[7]};
    QTest::newRow("q underscore") << QueryItems{q("q", "_")} << QStringList{kAll[7]};
    QTest::newRow("q mixed") << QueryItems{q("q", "0%_d")} << QStringList{kAll[7]};
    QTest::newRow("q umlaut lower") << QueryItems{q("q", "überwachung")} << QStringList{kAll[8]};
    QTest::newRow("q umlaut upper")
        << QueryItems{q("q", "ÜBERWACHUNG-PROD")} << QStringList{kAll[8]};
    QTest::newRow("site and method")
        << QueryItems{q("site", "cn1"), q("method", "billing_center")} << QStringList{kAll[1]};
    QTest::newRow("q and site") << QueryItems{q("q", "A"), q("site", "cn4")}
                                << QStringList{kAll[3]};
    QTest::newRow("all four") << QueryItems{q("site", "cn6"), q("method", "aliyun"),
                                            q("status", "lock_pending"), q("q", "LOCK")}
                              << QStringList{kAll[6]};
}

void TestServerListing::filters()
{
    QFETCH(QueryItems, query);
    QFETCH(QStringList, expected);
    const HttpReply reply = m_alice.get(kWorkspaces, query);
    VERIFY_PAGE(reply);
    QCOMPARE(names(reply.items()), expected); // creation order
    QCOMPARE(reply.object().value(QLatin1String("total")).toInteger(), expected.size());
    QVERIFY(reply.object().value(QLatin1String("nextCursor")).isNull());
}

void TestServerListing::cursorWalksEveryItemOnce_data()
{
    QTest::addColumn<QueryItems>("filter");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("limit 3") << QueryItems{} << 3 << kAll;
    QTest::newRow("limit 1") << QueryItems{} << 1 << kAll;
    QTest::newRow("exact fit") << QueryItems{} << int(kAll.size()) << kAll;
    QTest::newRow("filtered") << QueryItems{{QStringLiteral("q"), QStringLiteral("alpha")}} << 1
                              << QStringList{kAll[0], kAll[1], kAll[3]};
    // The Link keeps every other query item, also one that needs escaping ("&", "+", "%",
    // "=", non-ASCII) and one the server does not know.
    QTest::newRow("escaped item kept")
        << QueryItems{{QStringLiteral("note"), QStringLiteral("a&b+c%d=e ü")}} << 4 << kAll;
}

void TestServerListing::cursorWalksEveryItemOnce()
{
    QFETCH(QueryItems, filter);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        QueryItems query = filter;
        query.append({QStringLiteral("limit"), QString::number(limit)});
        if (!cursor.isEmpty())
            query.append({QStringLiteral("cursor"), cursor});
        const HttpReply reply = m_alice.get(kWorkspaces, query);
        VERIFY_PAGE(reply);
        QCOMPARE(reply.object().value(QLatin1String("total")).toInteger(), expected.size());
        QVERIFY(reply.items().size() <= limit);
        seen << names(reply.items());
        cursor = reply.object().value(QLatin1String("nextCursor")).toString();
        checkNextLink(reply, query, cursor);
        QVERIFY2(++pages <= expected.size() + 1, "the cursor never ends");
        if (!cursor.isEmpty())
            QCOMPARE(reply.items().size(), limit); // only the last page is short
    } while (!cursor.isEmpty());
    QCOMPARE(seen, expected);
}

void TestServerListing::limitBounds_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1") << QStringLiteral("1") << true;
    QTest::newRow("500") << QStringLiteral("500") << true;
    QTest::newRow("5000") << QStringLiteral("5000") << true;
    QTest::newRow("0") << QStringLiteral("0") << false;
    QTest::newRow("5001") << QStringLiteral("5001") << false;
    QTest::newRow("-1") << QStringLiteral("-1") << false;
    QTest::newRow("letters") << QStringLiteral("ten") << false;
    QTest::newRow("fraction") << QStringLiteral("1.5") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("huge") << QStringLiteral("99999999999999999999") << false;
}

void TestServerListing::limitBounds()
{
    QFETCH(QString, limit);
    QFETCH(bool, valid);
    const HttpReply reply = m_alice.get(kWorkspaces, {{QStringLiteral("limit"), limit}});
    if (valid) {
        VERIFY_PAGE(reply);
        QCOMPARE(reply.items().size(), qMin(limit.toInt(), int(kAll.size())));
        return;
    }
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, QStringLiteral("limit"));
}

void TestServerListing::unreadableCursor_data()
{
    QTest::addColumn<QString>("cursor");
    QTest::newRow("words") << QStringLiteral("not-a-cursor");
    QTest::newRow("digits") << QStringLiteral("12345");
    QTest::newRow("base64 junk") << QStringLiteral("eyJ4Ijo0Mn0");
}

void TestServerListing::unreadableCursor()
{
    QFETCH(QString, cursor);
    const HttpReply reply = m_alice.get(kWorkspaces, {{QStringLiteral("cursor"), cursor}});
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, QStringLiteral("cursor"));
}

void TestServerListing::unknownFilterValue_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("site") << QStringLiteral("site") << QStringLiteral("zz9");
    QTest::newRow("method") << QStringLiteral("method") << QStringLiteral("paypal");
    QTest::newRow("status") << QStringLiteral("status") << QStringLiteral("sleeping");
}

void TestServerListing::unknownFilterValue()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    const HttpReply reply = m_alice.get(kWorkspaces, {{name, value}});
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, name);
}

void TestServerListing::onlyOwnWorkspaces()
{
    const HttpReply reply =
        m_bob.get(kWorkspaces, {{QStringLiteral("q"), QStringLiteral("alpha")}});
    VERIFY_PAGE(reply);
    QCOMPARE(names(reply.items()), QStringList{QStringLiteral("alpha-of-bob")});
    QCOMPARE(reply.object().value(QLatin1String("total")).toInteger(), 1);
}

QTEST_GUILESS_MAIN(TestServerListing)
#include "tst_server_listing.moc"
