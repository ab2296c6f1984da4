#pragma once

#include "Plan.h"
#include "PlanValidator.h"
#include "StagedChanges.h"
#include "Workspace.h"

namespace billing {

struct PlanDiffResult {
    QList<StagedChange> changes; // rows whose target differs from the server's state
    QList<PlanIssue> issues;     // validation, unknown workspaces, moved sites
    int unchanged = 0;           // rows already as planned

    bool ok() const { return issues.isEmpty(); }
};

// Compares a plan with the workspaces the server has now. Every row is validated
// (PlanValidator), must name a workspace of the account and keep its site; a row whose
// settlement differs becomes a StagedChange against the current state (expectedVersion =
// the current version, so a concurrent change is a version_conflict, not an overwrite).
class PlanDiff
{
public:
    explicit PlanDiff(const SiteTable &sites, const QList<SettlementMethod> &granted = {});

    PlanDiffResult compare(const Plan &plan, const QList<Workspace> &current) const;

private:
    const SiteTable &m_sites;
    PlanValidator m_validator;
};

} // namespace billing
