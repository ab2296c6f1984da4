#include "PlanImport.h"

#include "PlanDiff.h"
#include "PlanLog.h"
#include "PlanReader.h"
#include "SiteTable.h"

#include <algorithm>
#include <tuple>

namespace billing {

QList<SettlementMethod> grantsInUse(const QList<Workspace> &workspaces)
{
    QList<SettlementMethod> granted;
    for (const Workspace &workspace : workspaces) {
        const SettlementMethod method = workspace.settlement.method;
        const auto site = SiteTable::builtIn().find(workspace.site);
        if (site && !site->offers(method) && !granted.contains(method))
            granted.append(method);
    }
    return granted;
}

PlanImportResult importPlan(const QString &path, const QList<Workspace> &current,
                            const QList<SettlementMethod> &granted,
                            const ClaimedSubscriptions &claimed)
{
    PlanImportResult result;
    result.path = path;
    const PlanReadResult read = PlanReader().readFile(path);
    result.readable = std::none_of(read.issues.cbegin(), read.issues.cend(),
                                   [](const PlanIssue &issue) { return issue.line == 0; });
    result.rows = int(read.plan.rows.size());
    result.csvText = read.csvText();
    if (!read.ok()) {
        result.issues = read.issues;
        return result;
    }
    QList<SettlementMethod> allowed = grantsInUse(current);
    for (const SettlementMethod method : granted) {
        if (!allowed.contains(method))
            allowed.append(method);
    }
    PlanDiffResult diff =
        PlanDiff(SiteTable::builtIn(), allowed).compare(read.plan, current, claimed);
    std::stable_sort(diff.issues.begin(), diff.issues.end(),
                     [](const PlanIssue &a, const PlanIssue &b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    result.issues = diff.issues;
    result.changes = diff.changes;
    result.unchanged = diff.unchanged;
    qCDebug(lcPlan) << "imported plan" << path << ":" << result.rows << "rows,"
                    << result.changes.size() << "changes," << result.issues.size() << "issues";
    return result;
}

} // namespace billing
