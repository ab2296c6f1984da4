#include "PlanDiff.h"

#include "EventDescriptions.h"
#include "PlanLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace billing {
namespace {
// The context lupdate files these messages under, whatever function they are in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::PlanDiff)
};
} // namespace

PlanDiff::PlanDiff(const SiteTable &sites, const QList<SettlementMethod> &granted)
    : m_sites(sites)
    , m_validator(sites, granted)
{}

std::optional<PlanIssue> PlanDiff::unclaimed(const PlanRow &row, const SettlementChange &target,
                                             const ClaimedSubscriptions &claimed)
{
    if (!target.settlement().isSubscriptionClaimed())
        return std::nullopt;
    const QString column = PlanRow::columnOf(SettlementBinding::Field::SubscriptionId);
    const QString id = target.subscriptionId;
    const QString marketplace = EventDescriptions::marketplace(toWire(target.method));
    if (!claimed.isChecked())
        return row.issue(column, Text::tr("cannot check that this account has claimed the %1 "
                                          "subscription %2 (%3); nothing is staged unchecked")
                                     .arg(marketplace, id, claimed.uncheckedReason()));
    if (claimed.contains(target.method, id))
        return std::nullopt;
    return row.issue(column, Text::tr("this account has not claimed the %1 subscription %2: "
                                      "claim it first with its claim link or code (Workspace → "
                                      "Bind marketplace subscription…)")
                                 .arg(marketplace, id));
}

PlanDiffResult PlanDiff::compare(const Plan &plan, const QList<Workspace> &current,
                                 const ClaimedSubscriptions &claimed) const
{
    PlanDiffResult result;
    result.issues = m_validator.validate(plan);
    QSet<int> invalidLines;
    for (const PlanIssue &issue : std::as_const(result.issues))
        invalidLines.insert(issue.line);

    QHash<QString, const Workspace *> byId;
    byId.reserve(current.size());
    for (const Workspace &workspace : current)
        byId.insert(workspace.id, &workspace);

    QSet<QString> seen;
    for (const PlanRow &row : plan.rows) {
        const QString id = row.id.trimmed();
        if (invalidLines.contains(row.line) || seen.contains(id))
            continue;
        seen.insert(id);
        const Workspace *workspace = byId.value(id);
        if (!workspace) {
            result.issues.append(
                row.issue(QStringLiteral("id"),
                          Text::tr("no workspace %1 on the server for this account").arg(id)));
            continue;
        }
        if (!row.site.trimmed().isEmpty() && row.site.trimmed() != workspace->site) {
            result.issues.append(row.issue(
                QStringLiteral("site"),
                Text::tr("workspace %1 is on site %2; a workspace cannot move to another site")
                    .arg(id, workspace->site)));
            continue;
        }
        const auto target = PlanValidator::targetOf(row);
        if (!target)
            continue;
        if (const auto site = m_sites.find(workspace->site);
            site && !m_validator.allowed(*site, target->method)) {
            result.issues.append(row.issue(
                QStringLiteral("method"),
                Text::tr("%1 is not offered on site %2").arg(toWire(target->method), site->code)));
            continue;
        }
        StagedChange change = stagedChangeFor(*workspace, *target);
        if (change.isNoOp()) {
            ++result.unchanged;
            continue;
        }
        if (const auto issue = unclaimed(row, *target, claimed)) {
            result.issues.append(*issue);
            continue;
        }
        result.changes.append(change);
    }
    qCDebug(lcPlan) << "plan diff:" << result.changes.size() << "changes," << result.unchanged
                    << "unchanged," << result.issues.size() << "issues";
    return result;
}

} // namespace billing
