#include "MainWindowActionRules.h"

#include "BulkApplyEngine.h"
#include "StagedChanges.h"

namespace billing {

MainWindowActionRules::State MainWindowActionRules::stateOf(const StagedChanges &staged,
                                                            const BulkApplyEngine &engine)
{
    State state;
    state.applying = engine.isRunning();
    state.waiting = staged.count(StagedState::Staged);
    state.unconfirmedChunks = !engine.unconfirmedChunks().isEmpty();
    for (const StagedChange &change : staged.inState(StagedState::Rejected))
        ++(change.error.code == ErrorCode::VersionConflict ? state.conflicts : state.retryable);
    return state;
}

MainWindowActionRules::Enabled MainWindowActionRules::enabled(const State &state)
{
    const bool idle = !state.applying;
    Enabled enabled;
    enabled.changeSettlement = idle && state.hasSelection;
    enabled.unstage = idle && state.selectionStaged;
    enabled.apply = idle && (state.waiting > 0 || state.unconfirmedChunks);
    enabled.cancelApply = state.applying;
    enabled.retryFailed = idle && state.retryable > 0;
    enabled.restageConflicts = idle && state.conflicts > 0;
    enabled.importPlan = idle;
    enabled.refresh = !state.syncing;
    return enabled;
}

} // namespace billing
