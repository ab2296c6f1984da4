#pragma once

#include "ClaimedSubscriptions.h"
#include "Plan.h"
#include "StagedChanges.h"
#include "Workspace.h"

#include <QList>
#include <QString>

namespace billing {

struct PlanImportResult {
    QString path;
    bool readable = false;       // false: the file could not be opened (see issues)
    int rows = 0;                // workspace rows in the file
    QList<PlanIssue> issues;     // shape, values, unknown workspaces, site rule; line/column
    QList<StagedChange> changes; // valid rows whose target differs from `current`
    int unchanged = 0;           // valid rows already as planned
    QString csvText;             // PlanReadResult::csvText(): how a CSV file was read

    bool ok() const { return issues.isEmpty(); }
};

// Methods the account must have been granted: those in use on a site that does not offer
// them by default. Grants are account-wide, so these are allowed on every site.
QList<SettlementMethod> grantsInUse(const QList<Workspace> &workspaces);

// Reads a plan file (JSON or CSV, docs/plan-format.md), validates every row and compares
// it with `current` (PlanReader, PlanValidator, PlanDiff with the built-in site table).
// `granted` adds to grantsInUse(current); `claimed` are the account's AWS and Azure
// subscriptions (unchecked: rows changing to one are issues). Shape errors stop there;
// otherwise valid rows still produce changes next to the issues of the others, so the caller
// decides whether to stage a partly valid plan.
PlanImportResult importPlan(const QString &path, const QList<Workspace> &current,
                            const QList<SettlementMethod> &granted = {},
                            const ClaimedSubscriptions &claimed = {});

} // namespace billing
