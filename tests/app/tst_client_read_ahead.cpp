// Pages read ahead (issue 20, docs/api.md "Paging"): WorkspaceListJob asks for the next page
// as soon as a page's head names it in its Link header, before that page's body is in, and
// still hands the pages out in order, each row once, with the first page's syncToken. Against
// the real billing-center; through FaultInjectingServer, a Link that names another cursor than
// the body is dropped for the body's, and a page that fails ends the list with its error. Stop
// from a receiver ends it at once.
#include "FaultInjectingServer.h"
#include "JobRunner.h"
#include "ServerFixture.h"
#include "WorkspaceListJob.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace billing;
using namespace billing::test;
using Fault = FaultInjectingServer::Fault;

namespace {
constexpr int kWorkspaces = 230;
constexpr int kPageSize = 50; // five pages

// A real QNetworkAccessManager that notes, in order, each list request it sends ("ask
// <cursor>") and each answer that finishes ("done <cursor>").
class RecordingNetwork : public QNetworkAccessManager
{
public:
    QStringList events;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *body) override
    {
        const QString cursor = QUrlQuery(request.url()).queryItemValue(QStringLiteral("cursor"));
        const QString name = cursor.isEmpty() ? QStringLiteral("first") : cursor;
        events << QStringLiteral("ask ") + name;
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, body);
        connect(reply, &QNetworkReply::finished, this,
                [this, name] { events << QStringLiteral("done ") + name; });
        return reply;
    }
};

QByteArray page(const QList<QByteArray> &items, const QByteArray &nextCursor)
{
    return "{\"items\":[" + items.join(',') + "],\"nextCursor\":"
           + (nextCursor.isEmpty() ? QByteArray("null") : '"' + nextCursor + '"') + ",\"total\":2}";
}
} // namespace

class TestClientReadAhead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nextPageAskedBeforeTheBodyIsIn();
    void linkNamingAnotherCursorGivesWayToTheBody();
    void failedPageEndsTheList();
    void abortFromAReceiverStopsTheList();

private:
    TestServer m_server{demoServerOptions(kWorkspaces)};
    QString m_token;
    QList<Workspace> m_expected;
};

void TestClientReadAhead::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    HttpClient http(m_server.baseUrl());
    const Session session = login(http, kDemoUser, kDemoPassword);
    QVERIFY2(session.ok(), qPrintable(session.error));
    m_token = session.token;
    QNetworkAccessManager network;
    BillingClient client(&network, m_server.baseUrl());
    client.setSession(SessionInfo{m_token, {}, {}});
    QString error;
    m_expected = fetchAll(client, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_expected.size(), kWorkspaces);
}

void TestClientReadAhead::nextPageAskedBeforeTheBodyIsIn()
{
    RecordingNetwork network;
    BillingClient client(&network, m_server.baseUrl());
    client.setSession(SessionInfo{m_token, {}, {}});
    WorkspaceListJob job(client, {}, kPageSize);
    QList<Workspace> received;
    connect(&job, &WorkspaceListJob::workspacesReceived, this,
            [&](const QList<Workspace> &rows) { received += rows; });
    QVERIFY(runJob(job));
    QVERIFY2(job.ok(), qPrintable(job.error().detail));

    QCOMPARE(received.size(), kWorkspaces);
    for (int i = 0; i < kWorkspaces; ++i)
        QCOMPARE(received.at(i).id, m_expected.at(i).id); // in order, each once
    QVERIFY(job.syncToken().startsWith(u"s1."));

    // Five pages, each asked once; pages 2-5 asked before the page naming them was done.
    const QStringList asks = network.events.filter(QRegularExpression(u"^ask "_qs));
    QCOMPARE(asks.size(), 5);
    for (int i = 1; i < asks.size(); ++i) {
        const QString previous = asks.at(i - 1).mid(4);
        const qsizetype asked = network.events.indexOf(asks.at(i));
        const qsizetype previousDone = network.events.indexOf(u"done "_qs + previous);
        QVERIFY2(asked >= 0 && previousDone > asked, qPrintable(network.events.join(u", ")));
    }
}

void TestClientReadAhead::linkNamingAnotherCursorGivesWayToTheBody()
{
    FaultInjectingServer proxy(m_server.baseUrl());
    proxy.setRule([&](const FaultInjectingServer::SeenRequest &request)
                      -> std::optional<FaultInjectingServer::Step> {
        if (request.path.contains("cursor=wrong"))
            return FaultInjectingServer::step(Fault::Stall);
        if (request.path.contains("cursor=right"))
            return FaultInjectingServer::reply(200, page({}, {}));
        return FaultInjectingServer::reply(
            200, page({}, "right"),
            {{"Link", "</api/v1/workspaces?limit=50&cursor=wrong>; rel=\"next\""}});
    });
    QNetworkAccessManager network;
    BillingClient client(&network, proxy.url());
    client.setSession(SessionInfo{m_token, {}, {}});
    WorkspaceListJob job(client, {}, kPageSize);
    QVERIFY(runJob(job, 10000));
    QVERIFY2(job.ok(), qPrintable(job.error().detail));
    QStringList paths;
    for (const auto &seen : proxy.seen())
        paths << QString::fromLatin1(seen.path);
    // The page asked with the Link's cursor may be dropped before the proxy has read it.
    const QString seen = paths.join(u", ");
    QVERIFY2(paths.size() == 2 || (paths.size() == 3 && paths.at(1).contains(u"cursor=wrong")),
             qPrintable(seen));
    QVERIFY2(paths.constLast().contains(u"cursor=right"), qPrintable(seen));
}

void TestClientReadAhead::failedPageEndsTheList()
{
    FaultInjectingServer proxy(m_server.baseUrl());
    int requests = 0;
    proxy.setRule([&](const FaultInjectingServer::SeenRequest &)
                      -> std::optional<FaultInjectingServer::Step> {
        // The second page (read ahead) is refused; the first arrives whole.
        if (++requests == 2)
            return FaultInjectingServer::reply(
                403, R"({"error":{"code":"forbidden","message":"Not yours."}})");
        return std::nullopt;
    });
    QNetworkAccessManager network;
    BillingClient client(&network, proxy.url());
    client.setSession(SessionInfo{m_token, {}, {}});
    WorkspaceListJob job(client, {}, kPageSize);
    int rows = 0;
    connect(&job, &WorkspaceListJob::workspacesReceived, this,
            [&](const QList<Workspace> &page) { rows += int(page.size()); });
    QVERIFY(runJob(job, 10000));
    QVERIFY(!job.ok());
    QCOMPARE(job.error().httpStatus, 403);
    QCOMPARE(rows, kPageSize); // the first page was handed out, nothing after the failure
    QCOMPARE(requests, 2);
}

// Stop pressed while the first page is being shown: nothing more is handed out, even when the
// page read ahead has arrived already, and the list ends as cancelled.
void TestClientReadAhead::abortFromAReceiverStopsTheList()
{
    QNetworkAccessManager network;
    BillingClient client(&network, m_server.baseUrl());
    client.setSession(SessionInfo{m_token, {}, {}});
    WorkspaceListJob job(client, {}, kPageSize);
    int rows = 0;
    connect(&job, &WorkspaceListJob::workspacesReceived, this, [&](const QList<Workspace> &page) {
        rows += int(page.size());
        QTest::qWait(100); // the page ahead arrives meanwhile
        job.abort();
    });
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ClientError::Kind::Cancelled);
    QCOMPARE(rows, kPageSize);
}

QTEST_GUILESS_MAIN(TestClientReadAhead)
#include "tst_client_read_ahead.moc"
