// kill -9 of a client process in the middle of a bulk apply: the real billing-center has
// applied the chunk in flight but its answer never reaches the client. The next start of a
// WorkspaceSession on the same data folder offers the unconfirmed changes back (the journal
// restore path the GUI uses), and applying them again duplicates nothing.
#include "BulkApplyEngine.h"
#include "FaultFixtures.h"
#include "FaultInjectingServer.h"
#include "WorkspaceSession.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace billing;
using namespace billing::test;
using Fault = FaultInjectingServer::Fault;

namespace {
constexpr int kWorkspaces = 3000;
constexpr int kChunk = 500;
constexpr int kHeldChunk = 2; // chunks 0 and 1 are acknowledged, chunk 2 is in flight
} // namespace

class TestClientCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killDuringApply();

private:
    TestServer m_server{demoServerOptions(kWorkspaces)};
    std::unique_ptr<FaultInjectingServer> m_proxy;
    QNetworkAccessManager m_network;
    std::unique_ptr<BillingClient> m_client;
    QList<Workspace> m_initial;
};

void TestClientCrash::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_proxy = std::make_unique<FaultInjectingServer>(m_server.baseUrl());
    HttpClient http(m_server.baseUrl());
    const Session session = login(http, kDemoUser, kDemoPassword);
    QVERIFY2(session.ok(), qPrintable(session.error));
    m_client = std::make_unique<BillingClient>(&m_network, m_proxy->url());
    m_client->setSession(SessionInfo{session.token, {}, {}});
    QString error;
    m_initial = fetchAll(*m_client, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_initial.size(), kWorkspaces);
}

void TestClientCrash::killDuringApply()
{
    QTemporaryDir dataDir;
    int batches = 0;
    int heldIndex = -1;
    m_proxy->setRule([&](const FaultInjectingServer::SeenRequest &request)
                         -> std::optional<FaultInjectingServer::Step> {
        if (request.path != "/api/v1/settlement-changes" || batches++ != kHeldChunk)
            return std::nullopt;
        heldIndex = int(m_proxy->seen().size()) - 1;
        return FaultInjectingServer::step(Fault::ForwardThenStall);
    });
    bool committed = false;
    connect(m_proxy.get(), &FaultInjectingServer::answerStarted, this,
            [&](int index) { committed = committed || index == heldIndex; });

    QProcess client;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BILLING_FAULT_TOKEN"_qs, m_client->session().token);
    client.setProcessEnvironment(env);
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    client.start(QStringLiteral(FAULT_APPLY_CLIENT_BIN),
                 {m_proxy->url().toString(), kDemoUser, dataDir.path(), QString::number(kChunk)});
    QVERIFY2(client.waitForStarted(), qPrintable(client.errorString()));
    // The server has committed the chunk; its answer is held: now the client dies.
    QTRY_VERIFY_WITH_TIMEOUT(committed || client.state() == QProcess::NotRunning, 60000);
    QVERIFY2(committed, "the held chunk never reached the server");
    client.kill();
    QVERIFY(client.waitForFinished());
    QCOMPARE(client.exitStatus(), QProcess::CrashExit);
    const QByteArray output = client.readAllStandardOutput();
    QVERIFY2(output.contains("progress 1000\nchunk 2\n") && !output.contains("finished"),
             output.constData());
    m_proxy->setRule({});
    disconnect(m_proxy.get(), nullptr, this, nullptr);

    const QList<StagedChange> changes = flipAll(m_initial);
    QString error;
    int other = 0;
    QCOMPARE(countAppliedOnce(changes, byId(fetchAll(*m_client, &error)), &other),
             (kHeldChunk + 1) * kChunk);
    QCOMPARE(other, 0);

    // The next start: the session finds the journal and offers it back.
    ServerProfile profile;
    profile.url = m_proxy->url();
    profile.username = kDemoUser;
    WorkspaceSession session(*m_client, profile, dataDir.path());
    QVERIFY2(session.journalError().isEmpty(), qPrintable(session.journalError()));
    const auto offered = session.journalFromLastRun();
    QVERIFY(offered);
    QCOMPARE(offered->unconfirmed.size(), 1);
    const QByteArray heldKey = offered->unconfirmed.first().idempotencyKey;
    QCOMPARE(offered->unconfirmed.first().changes.size(), kChunk);
    QCOMPARE(offered->entries.size(), kWorkspaces - kHeldChunk * kChunk);
    session.restoreJournal();
    QCOMPARE(session.staged().count(StagedState::Applying), kChunk);
    QCOMPARE(session.staged().count(StagedState::Staged), kWorkspaces - (kHeldChunk + 1) * kChunk);

    QList<QByteArray> keys;
    connect(&session.engine(), &BulkApplyEngine::chunkSent, this,
            [&keys](int, const QByteArray &key) { keys << key; });
    QSignalSpy finished(&session.engine(), &BulkApplyEngine::finished);
    session.engine().apply();
    QVERIFY(finished.wait(60000));
    QCOMPARE(keys.value(0), heldKey);
    const BulkApplyEngine::Summary summary = session.engine().summary();
    QVERIFY2(!summary.error.isError(), qPrintable(summary.error.detail));
    QCOMPARE(summary.rejected, 0); // a second application would be a version_conflict
    QCOMPARE(summary.applied, kWorkspaces - kHeldChunk * kChunk);
    QVERIFY(!session.journal().exists());

    QCOMPARE(countAppliedOnce(changes, byId(fetchAll(*m_client, &error)), &other), kWorkspaces);
    QCOMPARE(other, 0);
    QCOMPARE(integrityCheck(m_server.dbPath()), u"ok"_qs);
}

QTEST_GUILESS_MAIN(TestClientCrash)
#include "tst_client_crash.moc"
