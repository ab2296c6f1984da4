#pragma once

#include "ClaimedSubscriptions.h"
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
// A change to an AWS or Azure subscription must name one the account has claimed; when
// `claimed` is not checked such a change is an issue that says so.
class PlanDiff
{
public:
    explicit PlanDiff(const SiteTable &sites, const QList<SettlementMethod> &granted = {});

    PlanDiffResult compare(const Plan &plan, const QList<Workspace> &current,
                           const ClaimedSubscriptions &claimed = {}) const;

private:
    static std::optional<PlanIssue> unclaimed(const PlanRow &row, const SettlementChange &target,
                                              const ClaimedSubscriptions &claimed);

    const SiteTable &m_sites;
    PlanValidator m_validator;
};

} // namespace billing
