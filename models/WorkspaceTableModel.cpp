#include "WorkspaceTableModel.h"

#include "WorkspaceColumns.h"

#include <QSet>

#include <climits>

namespace billing {

WorkspaceTableModel::WorkspaceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void WorkspaceTableModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    if (!m_workspaces.isEmpty())
        emitRowsChanged(0, int(m_workspaces.size()) - 1);
}

void WorkspaceTableModel::setStagedChanges(const StagedChanges *staged)
{
    disconnect(m_stagedChanged);
    disconnect(m_stagedReset);
    m_staged = staged;
    if (m_staged) {
        m_stagedChanged =
            connect(m_staged, &StagedChanges::changed, this, &WorkspaceTableModel::onStagedChanged);
        m_stagedReset = connect(m_staged, &StagedChanges::reset, this, [this] {
            refreshStagedStates();
            if (!m_workspaces.isEmpty())
                emitRowsChanged(0, int(m_workspaces.size()) - 1);
        });
    }
    refreshStagedStates();
    if (!m_workspaces.isEmpty())
        emitRowsChanged(0, int(m_workspaces.size()) - 1);
}

void WorkspaceTableModel::refreshStagedStates()
{
    m_stagedState.assign(size_t(m_workspaces.size()), -1);
    if (!m_staged || m_staged->isEmpty())
        return;
    for (const StagedChange &change : m_staged->all()) {
        const int row = rowOf(change.workspaceId());
        if (row >= 0)
            m_stagedState[size_t(row)] = qint8(change.state);
    }
}

void WorkspaceTableModel::onStagedChanged(const QStringList &ids)
{
    int first = INT_MAX, last = -1;
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const StagedChange *change = m_staged->find(id);
        m_stagedState[size_t(row)] = change ? qint8(change->state) : qint8(-1);
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last >= 0)
        emitRowsChanged(first, last);
}

void WorkspaceTableModel::emitRowsChanged(int first, int last)
{
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void WorkspaceTableModel::setWorkspaces(QList<Workspace> workspaces)
{
    beginResetModel();
    m_workspaces = std::move(workspaces);
    m_index.clear();
    m_index.reserve(m_workspaces.size());
    m_rowById.clear();
    m_rowById.reserve(m_workspaces.size());
    for (qsizetype row = 0; row < m_workspaces.size(); ++row) {
        Workspace &workspace = m_workspaces[row];
        m_index.append(workspace);
        m_rowById.insert(workspace.id, int(row));
    }
    refreshStagedStates();
    endResetModel();
}

void WorkspaceTableModel::appendWorkspaces(QList<Workspace> workspaces)
{
    QList<Workspace> fresh, known;
    fresh.reserve(workspaces.size());
    QSet<QString> seen;
    for (Workspace &workspace : workspaces) {
        if (m_rowById.contains(workspace.id))
            known.append(std::move(workspace));
        else if (!seen.contains(workspace.id)) {
            seen.insert(workspace.id);
            fresh.append(std::move(workspace));
        }
    }
    // One dataChanged for the page: the proxy re-sorts once, not once per row.
    updateWorkspaces(known);
    if (fresh.isEmpty())
        return;
    const int first = int(m_workspaces.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (Workspace &workspace : fresh) {
        const int row = int(m_workspaces.size());
        m_workspaces.append(std::move(workspace));
        m_index.append(m_workspaces.last());
        m_rowById.insert(m_workspaces.last().id, row);
        const StagedChange *change = m_staged ? m_staged->find(m_workspaces.last().id) : nullptr;
        m_stagedState.push_back(change ? qint8(change->state) : qint8(-1));
    }
    endInsertRows();
}

bool WorkspaceTableModel::updateWorkspace(const Workspace &workspace)
{
    const int row = rowOf(workspace.id);
    if (row < 0)
        return false;
    m_workspaces[row] = workspace;
    m_index.update(row, m_workspaces[row]);
    emitRowsChanged(row, row);
    return true;
}

int WorkspaceTableModel::updateWorkspaces(const QList<Workspace> &workspaces)
{
    int first = INT_MAX, last = -1, updated = 0;
    for (const Workspace &workspace : workspaces) {
        const int row = rowOf(workspace.id);
        if (row < 0)
            continue;
        m_workspaces[row] = workspace;
        m_index.update(row, m_workspaces[row]);
        first = std::min(first, row);
        last = std::max(last, row);
        ++updated;
    }
    if (last >= 0)
        emitRowsChanged(first, last);
    return updated;
}

int WorkspaceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workspaces.size());
}

int WorkspaceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkspaceTableModel::statusText(WorkspaceStatus status, const QDateTime &lockAt,
                                        const QDateTime &now)
{
    if (status == WorkspaceStatus::LockPending && lockAt.isValid() && now >= lockAt)
        status = WorkspaceStatus::Locked;
    switch (status) {
    case WorkspaceStatus::Active:
        return tr("active");
    case WorkspaceStatus::LockPending: {
        if (!lockAt.isValid())
            return tr("lock pending");
        const qint64 msLeft = now.msecsTo(lockAt);
        const int days = int((msLeft + 86400000 - 1) / 86400000);
        return tr("lock pending, %n day(s) left", nullptr, days);
    }
    case WorkspaceStatus::Locked:
        return tr("locked");
    }
    return {};
}

QString WorkspaceTableModel::stagedText(const StagedChange &change) const
{
    const QString transition =
        tr("%1 → %2").arg(displayName(change.original.method), displayName(change.target.method));
    switch (change.state) {
    case StagedState::Staged:
        return transition;
    case StagedState::Applying:
        return tr("Applying: %1").arg(transition);
    case StagedState::Applied:
        return tr("Applied: %1").arg(displayName(change.target.method));
    case StagedState::Rejected:
        return tr("Rejected: %1")
            .arg(change.reason.isEmpty() ? change.error.message : change.reason);
    }
    return {};
}

qint64 WorkspaceTableModel::columnKey(int row, int column, qint64 nowMs) const
{
    if (column < 0 || column >= ColumnCount)
        return 0;
    const auto key = workspaceColumns[size_t(column)].key;
    return key ? key(*this, row, nowMs) : 0; // names compare through WorkspaceRowIndex
}

QVariant WorkspaceTableModel::sortKey(int row, int column) const
{
    if (!workspaceColumns[size_t(column)].key)
        return QString::fromUtf8(m_index.foldedName(row));
    return columnKey(row, column, now().toMSecsSinceEpoch());
}

QStringList WorkspaceTableModel::widthSamples(int column)
{
    if (column < 0 || column >= ColumnCount)
        return {};
    const WorkspaceColumn &spec = workspaceColumns[size_t(column)];
    QStringList samples{tr(spec.header)};
    if (spec.widthSamples)
        samples += spec.widthSamples();
    return samples;
}

QVariant WorkspaceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const WorkspaceColumn &column = workspaceColumns[size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return column.display(*this, row);
    case Qt::ToolTipRole:
        return (column.toolTip ? column.toolTip : column.display)(*this, row);
    case SortRole:
        return sortKey(row, index.column());
    case RawRole:
        return column.raw(*this, row);
    case WorkspaceIdRole:
        return workspace(row).id;
    case StagedStateRole:
        return stagedState(row);
    case StagedTargetRole:
    case ApplyErrorCodeRole: {
        const StagedChange *change = m_staged ? m_staged->find(workspace(row).id) : nullptr;
        if (!change)
            return {};
        return role == StagedTargetRole ? toWire(change->target.method) : change->error.wireCode;
    }
    default:
        return {};
    }
}

QVariant WorkspaceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    return tr(workspaceColumns[size_t(section)].header);
}

} // namespace billing
