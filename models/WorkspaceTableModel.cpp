#include "WorkspaceTableModel.h"

#include <QLocale>
#include <QSet>

#include <climits>

namespace billing {
namespace {
// Decimal digits as a number (the IDs are at most 19 digits); -1 for none.
qint64 digitsKey(const QString &text)
{
    if (text.isEmpty())
        return -1;
    qint64 value = 0;
    for (const QChar c : text) {
        if (!c.isDigit())
            return -1;
        value = value * 10 + c.digitValue();
    }
    return value;
}

// Up to 8 ASCII characters packed big-endian: integer order is the codes' text order.
qint64 codeKey(const QString &code)
{
    quint64 key = 0;
    for (int i = 0; i < 8; ++i)
        key = (key << 8) | (i < code.size() ? quint8(code.at(i).unicode()) : 0);
    return qint64(key >> 1);
}

QString formatTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

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
    QList<Workspace> fresh;
    fresh.reserve(workspaces.size());
    QSet<QString> seen;
    for (Workspace &workspace : workspaces) {
        if (m_rowById.contains(workspace.id))
            updateWorkspace(workspace);
        else if (!seen.contains(workspace.id)) {
            seen.insert(workspace.id);
            fresh.append(std::move(workspace));
        }
    }
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

QVariant WorkspaceTableModel::display(int row, int column) const
{
    const Workspace &ws = m_workspaces.at(row);
    switch (Column(column)) {
    case NameColumn:
        return ws.name;
    case SiteColumn:
        return ws.site;
    case LanguageColumn:
        return ws.language == u"zh" ? tr("Chinese")
                                    : (ws.language == u"en" ? tr("English") : ws.language);
    case MethodColumn:
        return displayName(ws.settlement.method);
    case AliyunAccountIdColumn:
        return ws.settlement.aliyunAccountId;
    case InstanceIdColumn:
        return ws.settlement.instanceId;
    case StatusColumn:
        return statusText(ws.status, ws.lockAt, now());
    case SettledSinceColumn:
        return ws.settlement.since.isValid() ? formatTime(ws.settlement.since) : QString();
    case NextChangeColumn:
        return ws.nextChangeAllowedAt.isValid() && ws.nextChangeAllowedAt > now()
                   ? formatTime(ws.nextChangeAllowedAt)
                   : tr("now");
    case StagedColumn: {
        const StagedChange *change = m_staged ? m_staged->find(ws.id) : nullptr;
        return change ? stagedText(*change) : QString();
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WorkspaceTableModel::raw(int row, int column) const
{
    const Workspace &ws = m_workspaces.at(row);
    switch (Column(column)) {
    case NameColumn:
        return ws.name;
    case SiteColumn:
        return ws.site;
    case LanguageColumn:
        return ws.language;
    case MethodColumn:
        return toWire(ws.settlement.method);
    case AliyunAccountIdColumn:
        return ws.settlement.aliyunAccountId;
    case InstanceIdColumn:
        return ws.settlement.instanceId;
    case StatusColumn:
        return toWire(m_index.status(row, now().toMSecsSinceEpoch()));
    case SettledSinceColumn:
        return ws.settlement.since;
    case NextChangeColumn:
        return ws.nextChangeAllowedAt;
    case StagedColumn: {
        const int state = stagedState(row);
        return state < 0 ? QVariant() : QVariant(toWire(StagedState(state)));
    }
    case ColumnCount:
        break;
    }
    return {};
}

qint64 WorkspaceTableModel::columnKey(int row, int column, qint64 nowMs) const
{
    const Workspace &ws = m_workspaces.at(row);
    switch (Column(column)) {
    case NameColumn:
        return 0; // names compare through WorkspaceRowIndex::nameKey()/compareNames()
    case SiteColumn:
        return codeKey(ws.site);
    case LanguageColumn:
        return codeKey(ws.language);
    case MethodColumn:
        return qint64(ws.settlement.method);
    case AliyunAccountIdColumn:
        return digitsKey(ws.settlement.aliyunAccountId);
    case InstanceIdColumn:
        return digitsKey(ws.settlement.instanceId);
    case StatusColumn:
        return qint64(m_index.status(row, nowMs)) * 10'000'000'000'000
               + std::max<qint64>(m_index.lockAtMs(row), 0);
    case SettledSinceColumn:
        return m_index.sinceMs(row);
    case NextChangeColumn:
        return m_index.nextChangeMs(row);
    case StagedColumn:
        return qint64(stagedState(row)) + 1;
    case ColumnCount:
        break;
    }
    return 0;
}

QVariant WorkspaceTableModel::sortKey(int row, int column) const
{
    if (column == NameColumn)
        return QString::fromUtf8(m_index.foldedName(row));
    return columnKey(row, column, now().toMSecsSinceEpoch());
}

QVariant WorkspaceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StagedColumn) {
            const StagedChange *change = m_staged ? m_staged->find(workspace(row).id) : nullptr;
            if (change && change->state == StagedState::Rejected)
                return change->error.message;
        }
        return display(row, index.column());
    case SortRole:
        return sortKey(row, index.column());
    case RawRole:
        return raw(row, index.column());
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
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case SiteColumn:
        return tr("Site");
    case LanguageColumn:
        return tr("Language");
    case MethodColumn:
        return tr("Settlement method");
    case AliyunAccountIdColumn:
        return tr("Alibaba Cloud Account ID");
    case InstanceIdColumn:
        return tr("Instance ID");
    case StatusColumn:
        return tr("Status");
    case SettledSinceColumn:
        return tr("Settled since");
    case NextChangeColumn:
        return tr("Next change allowed");
    case StagedColumn:
        return tr("Staged change");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace billing
