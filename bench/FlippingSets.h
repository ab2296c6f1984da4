#pragma once

#include "StagedChanges.h"
#include "Workspace.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace billing::bench {

// Disjoint sets of Billing Center workspaces that may move to Azure (a grant of the demo
// account, offered on every site), taken in list order. Each round flips a set: to Azure,
// back, to Azure… A set may flip again once a calendar month has passed (monthly rule).
class FlippingSets
{
public:
    // One set per size (a set is smaller when the account runs out of such workspaces).
    FlippingSets(const QList<Workspace> &workspaces, const QDateTime &now, const QList<int> &sizes);

    int count() const { return int(m_sets.size()); }
    const QStringList &set(int index) const { return m_sets.at(index); }

    // The change that flips a workspace of a set, against its current version.
    SettlementChange flip(const QString &id) const;
    QList<StagedChange> flipAll(const QStringList &ids) const;
    void update(const Workspace &workspace) { m_current[workspace.id] = workspace; }
    // Takes the current versions of the sets' workspaces from `workspaces` (the server moves
    // them on as its clock moves: locks, renewals).
    void refresh(const QList<Workspace> &workspaces);

private:
    QList<QStringList> m_sets;
    QHash<QString, Workspace> m_current;
};

} // namespace billing::bench
