// A test-only client process for tst_client_crash: the GUI's WorkspaceSession without
// widgets. It loads every workspace, stages a change for each (as flipAll() does) and applies
// them with the session's journal, printing "chunk N" and "progress DONE" lines as it goes,
// until the test kills it. Usage: fault_apply_client URL USERNAME DATADIR CHUNKSIZE INFLIGHT
// (INFLIGHT: the most chunks waiting for answers at once), with the session token in
// BILLING_FAULT_TOKEN (never on the command line).
#include "BillingClient.h"
#include "BulkApplyEngine.h"
#include "FaultFixtures.h"
#include "WorkspaceSession.h"
#include "WorkspaceTableModel.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cstdio>

using namespace billing;

namespace {
void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: fault_apply_client URL USERNAME DATADIR CHUNKSIZE INFLIGHT\n");
        return 2;
    }
    QNetworkAccessManager network;
    BillingClient client(&network, QUrl(args[1]));
    client.setSession(SessionInfo{qEnvironmentVariable("BILLING_FAULT_TOKEN"), {}, {}});
    client.retryPolicy = RetryPolicy::none();
    ServerProfile profile;
    profile.url = QUrl(args[1]);
    profile.username = args[2];
    WorkspaceSession session(client, profile, args[3]);
    session.engine().setChunkSize(args[4].toInt());
    session.engine().setMaxChunksInFlight(args[5].toInt());

    QObject::connect(
        &session.engine(), &BulkApplyEngine::chunkSent,
        [](int index, const QByteArray &) { say("chunk " + QByteArray::number(index)); });
    QObject::connect(&session.engine(), &BulkApplyEngine::progress,
                     [](int done, int) { say("progress " + QByteArray::number(done)); });
    QObject::connect(&session.engine(), &BulkApplyEngine::finished,
                     [](const BulkApplyEngine::Summary &summary) {
                         say("finished " + summary.error.detail.toUtf8());
                         QCoreApplication::exit(summary.ok() ? 0 : 1);
                     });
    QObject::connect(&session, &WorkspaceSession::syncFinished,
                     [&session](const ClientError &error) {
                         if (error.isError()) {
                             say("sync failed " + error.detail.toUtf8());
                             QCoreApplication::exit(3);
                             return;
                         }
                         session.staged().put(test::flipAll(session.model().workspaces()));
                         say("staged " + QByteArray::number(session.staged().size()));
                         session.engine().apply();
                     });
    session.sync();
    return app.exec();
}
