#include "FlippingSets.h"

#include "MarketplaceHelpers.h"
#include "SettlementEligibility.h"

namespace billing::bench {

FlippingSets::FlippingSets(const QList<Workspace> &workspaces, const QDateTime &now,
                           const QList<int> &sizes)
{
    const SettlementEligibility eligibility(SiteTable::builtIn(), {SettlementMethod::Azure});
    SettlementChange toAzure;
    toAzure.method = SettlementMethod::Azure;
    toAzure.subscriptionId = test::kDemoAzureSubscription;
    m_sets.resize(sizes.size());
    int filling = 0;
    for (const Workspace &workspace : workspaces) {
        while (filling < sizes.size() && m_sets[filling].size() >= sizes[filling])
            ++filling;
        if (filling == sizes.size())
            break;
        if (workspace.settlement.method != SettlementMethod::BillingCenter
            || !eligibility.check(workspace, toAzure, now).allowed())
            continue;
        m_sets[filling] << workspace.id;
        m_current.insert(workspace.id, workspace);
    }
}

SettlementChange FlippingSets::flip(const QString &id) const
{
    const Workspace &workspace = m_current[id];
    SettlementChange change;
    change.workspaceId = id;
    change.method = workspace.settlement.method == SettlementMethod::BillingCenter
                        ? SettlementMethod::Azure
                        : SettlementMethod::BillingCenter;
    if (change.method == SettlementMethod::Azure)
        change.subscriptionId = test::kDemoAzureSubscription; // claimed by the demo account
    change.expectedVersion = workspace.version;
    return change;
}

void FlippingSets::refresh(const QList<Workspace> &workspaces)
{
    for (const Workspace &workspace : workspaces) {
        if (m_current.contains(workspace.id))
            m_current[workspace.id] = workspace;
    }
}

QList<StagedChange> FlippingSets::flipAll(const QStringList &ids) const
{
    QList<StagedChange> changes;
    changes.reserve(ids.size());
    for (const QString &id : ids)
        changes << stagedChangeFor(m_current[id], flip(id));
    return changes;
}

} // namespace billing::bench
