#pragma once

#include "Plan.h"
#include "SettlementChange.h"
#include "SiteTable.h"

#include <optional>

namespace billing {

// Checks the values of a plan's rows, with no server: workspace id format, site, language,
// method, the binding fields the method has (SettlementBinding::parse, the dialogs'
// parsers: Alibaba Cloud and Huawei Cloud IDs, AWS and Azure subscription IDs) and no
// others, the site rule (methods offered on the site, plus the account's grants) and
// repeated ids. Whether a subscription is claimed is PlanDiff's.
class PlanValidator
{
public:
    explicit PlanValidator(const SiteTable &sites, const QList<SettlementMethod> &granted = {});

    QList<PlanIssue> validate(const Plan &plan) const;
    QList<PlanIssue> validateRow(const PlanRow &row) const;
    // Whether `method` may be used on `site` (offered there, or granted to the account).
    bool allowed(const Site &site, SettlementMethod method) const;

    // The change a valid row asks for: method and normalised IDs (no expectedVersion).
    static std::optional<SettlementChange> targetOf(const PlanRow &row);
    static bool isWorkspaceId(const QString &id);

private:
    const SiteTable &m_sites;
    QList<SettlementMethod> m_granted;
};

} // namespace billing
