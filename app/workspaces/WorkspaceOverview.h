#pragma once

#include "SettlementMethod.h"

#include <QList>
#include <QString>

#include <array>

namespace billing {

class WorkspaceTableModel;

// Counts of the account's workspaces per site and settlement method, plus the workspaces
// whose marketplace subscription expired (lock pending), soonest lock first. What the
// Overview tab draws.
struct WorkspaceOverview {
    static constexpr int kMethodCount = 5; // SettlementMethod's enumerators

    struct SiteCounts {
        QString siteCode;
        std::array<int, kMethodCount> perMethod{};
        int total() const;
    };
    struct ComingLock {
        int row = -1;
        QString workspaceId;
        QString name;
        QString siteCode;
        qint64 lockAtMs = 0;
        // Whole days until the lock at `nowMs`, a started day counting as one.
        int daysLeft(qint64 nowMs) const;
    };

    QList<SiteCounts> sites; // ordered by site code; sites without workspaces are left out
    QList<ComingLock> comingLocks;
    int workspaceCount = 0;

    int count(const QString &siteCode, SettlementMethod method) const;
    // Reads only the model's columnar index, so 100 000 rows aggregate in milliseconds.
    static WorkspaceOverview fromModel(const WorkspaceTableModel &model, qint64 nowMs);
};

} // namespace billing
