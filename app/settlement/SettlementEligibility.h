#pragma once

#include "SettlementChange.h"
#include "SiteTable.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace billing {

// Says, before anything is sent, whether the Billing Center would accept a settlement
// change for a workspace, in the order the server decides (server/SettlementRules): already
// on that binding, site rule, monthly rule, cloud-switch rule. The instance checks need the
// marketplace and are left to Verify and to the server.
class SettlementEligibility
{
    Q_DECLARE_TR_FUNCTIONS(billing::SettlementEligibility)

public:
    enum class Rule {
        None,        // allowed
        SameBinding, // already settled this way: nothing to change
        SiteRule,    // the method is not offered on the workspace's site
        MonthlyRule, // already changed this calendar month
        CloudSwitch, // a live cloud subscription can only go back to the Billing Center
    };

    struct Verdict {
        Rule rule = Rule::None;
        QDateTime allowedFrom; // MonthlyRule: the first instant a change is allowed
        QString reason;        // translated; empty when allowed

        bool allowed() const { return rule == Rule::None; }
    };

    explicit SettlementEligibility(const SiteTable &sites = SiteTable::builtIn(),
                                   const QList<SettlementMethod> &grantedMethods = {});

    // `target.workspaceId` and `expectedVersion` are ignored; the Alibaba Cloud IDs count
    // only for the "already on that binding" check.
    Verdict check(const Workspace &workspace, const SettlementChange &target,
                  const QDateTime &now) const;

    // Methods the site offers plus the account's grants, in allSettlementMethods() order.
    QList<SettlementMethod> offeredMethods(const QString &siteCode) const;

    // The translated sentence for a rule; `current` names the live subscription (CloudSwitch).
    static QString reasonFor(Rule rule, const QDateTime &allowedFrom, SettlementMethod current);

private:
    SiteTable m_sites;
    QList<SettlementMethod> m_granted;
};

} // namespace billing
