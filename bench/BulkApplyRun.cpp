#include "BulkApplyRun.h"

#include "BenchTiming.h"
#include "BillingClient.h"
#include "BulkApplyEngine.h"
#include "ChangeJournal.h"
#include "FlippingSets.h"
#include "WaitFor.h"

#include <QTemporaryDir>

namespace billing::bench {

BulkApplyRun runBulkApply(BillingClient &client, FlippingSets &sets, int set,
                          const std::function<void(BulkApplyEngine &)> &configure)
{
    BulkApplyRun run;
    QTemporaryDir journalDir;
    ChangeJournal journal(journalDir.path(), client.baseUrl(), QStringLiteral("demo"));
    StagedChanges staged;
    BulkApplyEngine engine(client, staged, &journal);
    if (configure)
        configure(engine);
    staged.put(sets.flipAll(sets.set(set)));
    if (!engine.saveJournal()) {
        run.error = QStringLiteral("the journal could not be saved");
        return run;
    }
    QObject::connect(&engine, &BulkApplyEngine::workspacesApplied,
                     [&sets](const QList<Workspace> &applied) {
                         for (const Workspace &workspace : applied)
                             sets.update(workspace);
                     });
    QElapsedTimer timer;
    timer.start();
    engine.apply();
    const bool finished = engine.isRunning() ? waitFor(&engine, &BulkApplyEngine::finished) : true;
    run.ms = msSince(timer);
    const BulkApplyEngine::Summary &summary = engine.summary();
    run.applied = summary.applied;
    if (!finished || summary.applied != sets.set(set).size()) {
        run.error = QStringLiteral("%1 of %2 applied (%3 rejected) %4")
                        .arg(summary.applied)
                        .arg(sets.set(set).size())
                        .arg(summary.rejected)
                        .arg(summary.error.detail);
        const QList<StagedChange> rejected = staged.inState(StagedState::Rejected);
        if (!rejected.isEmpty())
            run.error += QStringLiteral("; first rejection: %1 %2")
                             .arg(rejected.first().error.wireCode, rejected.first().error.message);
    }
    return run;
}

} // namespace billing::bench
