#include "SettlementEligibility.h"

#include "SettlementBinding.h"

#include <QLocale>

namespace billing {

SettlementEligibility::SettlementEligibility(const SiteTable &sites,
                                             const QList<SettlementMethod> &grantedMethods)
    : m_sites(sites)
    , m_granted(grantedMethods)
{}

QList<SettlementMethod> SettlementEligibility::offeredMethods(const QString &siteCode) const
{
    const auto site = m_sites.find(siteCode);
    QList<SettlementMethod> offered;
    for (SettlementMethod method : allSettlementMethods()) {
        if ((site && site->offers(method)) || m_granted.contains(method))
            offered.append(method);
    }
    return offered;
}

SettlementEligibility::Verdict SettlementEligibility::check(const Workspace &workspace,
                                                            const SettlementChange &target,
                                                            const QDateTime &now) const
{
    const SettlementMethod current = workspace.settlement.method;
    Verdict verdict;
    if (sameBinding(workspace.settlement, target))
        verdict.rule = Rule::SameBinding;
    else if (!offeredMethods(workspace.site).contains(target.method))
        verdict.rule = Rule::SiteRule;
    else if (workspace.nextChangeAllowedAt.isValid() && now < workspace.nextChangeAllowedAt)
        verdict.rule = Rule::MonthlyRule;
    // A workspace still on a cloud method has a live subscription: a released one is moved
    // back to the Billing Center by the system itself.
    else if (isCloudMethod(target.method) && isCloudMethod(current) && target.method != current)
        verdict.rule = Rule::CloudSwitch;

    if (verdict.rule == Rule::MonthlyRule)
        verdict.allowedFrom = workspace.nextChangeAllowedAt.toUTC();
    if (!verdict.allowed())
        verdict.reason = reasonFor(verdict.rule, verdict.allowedFrom, current);
    return verdict;
}

QString SettlementEligibility::reasonFor(Rule rule, const QDateTime &allowedFrom,
                                         SettlementMethod current)
{
    switch (rule) {
    case Rule::None:
        return {};
    case Rule::SameBinding:
        return tr("The workspace is already settled this way; there is nothing to change.");
    case Rule::SiteRule:
        return tr("This settlement method is not offered on the workspace's site.");
    case Rule::MonthlyRule:
        return tr("The settlement method changes at most once per calendar month; the next "
                  "change is allowed from %1 (UTC).")
            .arg(QLocale().toString(allowedFrom.toUTC().date(), QLocale::LongFormat));
    case Rule::CloudSwitch:
        return tr("The workspace is settled through a live %1 subscription; it can only go "
                  "back to the Billing Center account.")
            .arg(displayName(current));
    }
    return {};
}

} // namespace billing
