#pragma once

#include <QtGlobal>

namespace billing {

class BulkApplyEngine;
class StagedChanges;

// Which of the main window's workspace commands can run now, from the staged changes, the
// bulk apply, the sync and the table's selection. The window enables what this says.
class MainWindowActionRules
{
public:
    struct State {
        bool hasSelection = false;
        bool selectionStaged = false; // a selected row has a staged change
        bool applying = false;
        bool syncing = false;
        qsizetype waiting = 0;          // staged changes not sent yet
        bool unconfirmedChunks = false; // sent, answer unknown: the next apply sends them again
        qsizetype retryable = 0;        // rejected for another reason than a version conflict
        qsizetype conflicts = 0;        // rejected: the workspace changed on the server
    };

    struct Enabled {
        bool changeSettlement = false;
        bool unstage = false;
        bool apply = false;
        bool cancelApply = false;
        bool retryFailed = false;
        bool restageConflicts = false;
        bool importPlan = false;
        bool refresh = false;

        friend bool operator==(const Enabled &, const Enabled &) = default;
    };

    // The part of the state that the staged changes and the engine hold.
    static State stateOf(const StagedChanges &staged, const BulkApplyEngine &engine);
    static Enabled enabled(const State &state);
};

} // namespace billing
