#include "StagedChanges.h"

namespace billing {

QString toWire(StagedState state)
{
    switch (state) {
    case StagedState::Staged:
        return QStringLiteral("staged");
    case StagedState::Applying:
        return QStringLiteral("applying");
    case StagedState::Applied:
        return QStringLiteral("applied");
    case StagedState::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<StagedState> stagedStateFromWire(const QString &wire)
{
    for (const StagedState state : {StagedState::Staged, StagedState::Applying,
                                    StagedState::Applied, StagedState::Rejected}) {
        if (toWire(state) == wire)
            return state;
    }
    return std::nullopt;
}

bool StagedChange::isNoOp() const
{
    return original.sameBindingAs(targetSettlement());
}

Settlement StagedChange::targetSettlement() const
{
    return target.settlement();
}

bool StagedChange::operator==(const StagedChange &other) const
{
    return target.workspaceId == other.target.workspaceId
           && targetSettlement().sameBindingAs(other.targetSettlement())
           && target.expectedVersion == other.target.expectedVersion
           && workspaceName == other.workspaceName && site == other.site
           && original.sameBindingAs(other.original) && original.since == other.original.since
           && originalVersion == other.originalVersion && state == other.state
           && error.wireCode == other.error.wireCode && error.message == other.error.message
           && reason == other.reason;
}

StagedChange stagedChangeFor(const Workspace &workspace, const SettlementChange &target)
{
    StagedChange change;
    // Only the binding fields the method has.
    change.target = SettlementChange{};
    change.target.method = target.method;
    for (const SettlementBinding::Field field : SettlementBinding::fieldsOf(target.method))
        change.target.setBinding(field, target.binding(field));
    change.target.workspaceId = workspace.id;
    change.target.expectedVersion = workspace.version;
    change.workspaceName = workspace.name;
    change.site = workspace.site;
    change.original = workspace.settlement;
    change.originalVersion = workspace.version;
    return change;
}

const StagedChange *StagedChanges::find(const QString &workspaceId) const
{
    const auto it = m_entries.constFind(workspaceId);
    return it == m_entries.cend() ? nullptr : &it.value();
}

std::optional<StagedChange> StagedChanges::value(const QString &workspaceId) const
{
    if (const StagedChange *entry = find(workspaceId))
        return *entry;
    return std::nullopt;
}

QList<StagedChange> StagedChanges::inState(StagedState state) const
{
    QList<StagedChange> result;
    for (const StagedChange &entry : m_entries) {
        if (entry.state == state)
            result.append(entry);
    }
    return result;
}

qsizetype StagedChanges::count(StagedState state) const
{
    return std::count_if(m_entries.cbegin(), m_entries.cend(),
                         [state](const StagedChange &entry) { return entry.state == state; });
}

void StagedChanges::put(const QList<StagedChange> &entries)
{
    if (entries.isEmpty())
        return;
    QStringList ids;
    ids.reserve(entries.size());
    for (const StagedChange &entry : entries) {
        m_entries.insert(entry.workspaceId(), entry);
        ids.append(entry.workspaceId());
    }
    Q_EMIT changed(ids);
}

void StagedChanges::remove(const QStringList &workspaceIds)
{
    QStringList removed;
    for (const QString &id : workspaceIds) {
        if (m_entries.remove(id) > 0)
            removed.append(id);
    }
    if (!removed.isEmpty())
        Q_EMIT changed(removed);
}

void StagedChanges::setAll(const QList<StagedChange> &entries)
{
    m_entries.clear();
    for (const StagedChange &entry : entries)
        m_entries.insert(entry.workspaceId(), entry);
    Q_EMIT reset();
}

void StagedChanges::removeApplied()
{
    QStringList ids;
    for (const StagedChange &entry : m_entries) {
        if (entry.state == StagedState::Applied)
            ids.append(entry.workspaceId());
    }
    remove(ids);
}

} // namespace billing
