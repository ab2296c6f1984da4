// kill -9 of a client process in the middle of a bulk apply with several chunks in flight:
// the real billing-center has applied three chunks whose answers the proxy holds, and the
// client dies waiting for them. The next start of a WorkspaceSession on the same data folder
// offers all three back (the journal restore path the GUI uses), and applying them again
// duplicates nothing: every workspace is one version on, with one history event.
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
constexpr int kChunk = 500; // six chunks
constexpr int kInFlight = 4;
// The batches the proxy receives second to fourth are applied and their answers held; the
// others are answered, so the client sends all six and then waits for three answers.
constexpr int kHeldFirst = 1;
constexpr int kHeld = 3;
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
    m_proxy->setRule([&](const FaultInjectingServer::SeenRequest &request)
                         -> std::optional<FaultInjectingServer::Step> {
        if (request.path != "/api/v1/settlement-changes")
            return std::nullopt;
        const int batch = batches++;
        if (batch < kHeldFirst || batch >= kHeldFirst + kHeld)
            return std::nullopt;
        return FaultInjectingServer::step(Fault::ForwardThenHold);
    });
    QSignalSpy held(m_proxy.get(), &FaultInjectingServer::answerHeld);

    QProcess client;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BILLING_FAULT_TOKEN"_qs, m_client->session().token);
    client.setProcessEnvironment(env);
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    client.start(QStringLiteral(FAULT_APPLY_CLIENT_BIN),
                 {m_proxy->url().toString(), kDemoUser, dataDir.path(), QString::number(kChunk),
                  QString::number(kInFlight)});
    QVERIFY2(client.waitForStarted(), qPrintable(client.errorString()));
    // Three chunks committed with their answers held, the other three answered and their
    // results read: now the client dies with three chunks in flight.
    const QByteArray answeredAll =
        "progress " + QByteArray::number(kWorkspaces - kHeld * kChunk) + "\n";
    QByteArray output;
    auto waiting = [&] {
        output += client.readAllStandardOutput();
        return held.size() == kHeld && output.contains(answeredAll);
    };
    QTRY_VERIFY_WITH_TIMEOUT(waiting() || client.state() == QProcess::NotRunning, 60000);
    QVERIFY2(waiting(), output.constData());
    client.kill();
    QVERIFY(client.waitForFinished());
    QCOMPARE(client.exitStatus(), QProcess::CrashExit);
    output += client.readAllStandardOutput();
    QVERIFY2(output.contains("chunk 5\n") && !output.contains("chunk 6")
                 && !output.contains("finished"),
             output.constData());
    QSet<QByteArray> heldKeys;
    for (const QVariantList &arguments : std::as_const(held))
        heldKeys.insert(
            m_proxy->seen().at(arguments.at(0).toInt()).headers.value("idempotency-key"));
    QCOMPARE(heldKeys.size(), kHeld);
    m_proxy->setRule({});
    m_proxy->dropHeld();

    const QList<StagedChange> changes = flipAll(m_initial);
    QString error;
    int other = 0;
    QCOMPARE(countAppliedOnce(changes, byId(fetchAll(*m_client, &error)), &other), kWorkspaces);
    QCOMPARE(other, 0);

    // The next start: the session finds the journal and offers every chunk in flight back.
    ServerProfile profile;
    profile.url = m_proxy->url();
    profile.username = kDemoUser;
    WorkspaceSession session(*m_client, profile, dataDir.path());
    QVERIFY2(session.journalError().isEmpty(), qPrintable(session.journalError()));
    const auto offered = session.journalFromLastRun();
    QVERIFY(offered);
    QSet<QByteArray> offeredKeys;
    for (const JournalChunk &chunk : offered->unconfirmed) {
        offeredKeys.insert(chunk.idempotencyKey);
        QCOMPARE(chunk.changes.size(), kChunk);
    }
    QCOMPARE(offeredKeys, heldKeys);
    QCOMPARE(offered->entries.size(), kHeld * kChunk);
    session.restoreJournal();
    QCOMPARE(session.staged().count(StagedState::Applying), kHeld * kChunk);
    QCOMPARE(session.staged().count(StagedState::Staged), 0);

    QSet<QByteArray> keys;
    connect(&session.engine(), &BulkApplyEngine::chunkSent, this,
            [&keys](int, const QByteArray &key) { keys << key; });
    QSignalSpy finished(&session.engine(), &BulkApplyEngine::finished);
    session.engine().apply();
    QVERIFY(finished.wait(60000));
    QCOMPARE(keys, heldKeys); // the same keys and nothing new
    const BulkApplyEngine::Summary summary = session.engine().summary();
    QVERIFY2(!summary.error.isError(), qPrintable(summary.error.detail));
    QCOMPARE(summary.rejected, 0); // a second application would be a version_conflict
    QCOMPARE(summary.applied, kHeld * kChunk);
    QVERIFY(!session.journal().exists());

    const QHash<QString, Workspace> end = byId(fetchAll(*m_client, &error));
    QCOMPARE(countAppliedOnce(changes, end, &other), kWorkspaces);
    QCOMPARE(other, 0);
    const QHash<QString, int> events = changeEvents(m_server.baseUrl(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(events.size(), kWorkspaces);
    const QString history = historyMismatch(m_initial, end, events);
    QVERIFY2(history.isEmpty(), qPrintable(history));
    QCOMPARE(integrityCheck(m_server.dbPath()), u"ok"_qs);
}

QTEST_GUILESS_MAIN(TestClientCrash)
#include "tst_client_crash.moc"
