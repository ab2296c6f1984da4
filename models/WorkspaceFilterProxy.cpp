#include "WorkspaceFilterProxy.h"

#include "WorkspaceTableModel.h"

#include <algorithm>
#include <climits>
#include <numeric>

namespace billing {
namespace {
struct Entry {
    qint64 key;
    WorkspaceRowIndex::NameKey name;
    int row;
};

// Orders by the column's key, then by folded name, then by source row: a total order, so
// that equal keys keep a stable, predictable order.
struct EntryLess {
    const WorkspaceRowIndex &index;
    bool descending;

    bool operator()(const Entry &a, const Entry &b) const
    {
        return descending ? ascending(b, a) : ascending(a, b);
    }
    bool ascending(const Entry &a, const Entry &b) const
    {
        if (a.key != b.key)
            return a.key < b.key;
        if (a.name.high != b.name.high)
            return a.name.high < b.name.high;
        if (a.name.low != b.name.low)
            return a.name.low < b.name.low;
        if (const int names = index.compareNames(a.row, b.row))
            return names < 0;
        return a.row < b.row;
    }
};
} // namespace

WorkspaceFilterProxy::WorkspaceFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void WorkspaceFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    auto *workspaceModel = qobject_cast<WorkspaceTableModel *>(model);
    Q_ASSERT_X(!model || workspaceModel, "WorkspaceFilterProxy",
               "the source must be a WorkspaceTableModel");
    beginResetModel();
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(workspaceModel);
    m_model = workspaceModel;
    if (m_model) {
        m_connections << connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                                 [this] { beginResetModel(); })
                      << connect(m_model, &QAbstractItemModel::modelReset, this,
                                 &WorkspaceFilterProxy::onSourceReset)
                      << connect(m_model, &QAbstractItemModel::rowsInserted, this,
                                 &WorkspaceFilterProxy::onRowsInserted)
                      << connect(m_model, &QAbstractItemModel::dataChanged, this,
                                 &WorkspaceFilterProxy::onDataChanged);
    }
    rebuildAll();
    endResetModel();
}

void WorkspaceFilterProxy::onSourceReset()
{
    rebuildAll();
    endResetModel();
}

void WorkspaceFilterProxy::rebuildAll()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_order.resize(size_t(rows));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn >= 0)
        sortOrder(m_order);
    m_accepted.assign(size_t(rows), 0);
    if (m_model) {
        const WorkspaceFilterMatcher matcher(m_filter, *m_model);
        for (int row = 0; row < rows; ++row)
            m_accepted[size_t(row)] = matcher.accepts(row);
    }
    m_lastScanned = rows;
    m_visible = gatherVisible();
    m_sourceToProxy.assign(size_t(rows), -1);
    for (size_t i = 0; i < m_visible.size(); ++i)
        m_sourceToProxy[size_t(m_visible[i])] = int(i);
}

void WorkspaceFilterProxy::sortOrder(std::vector<int> &rows) const
{
    if (m_sortColumn < 0 || !m_model) {
        std::sort(rows.begin(), rows.end());
        return;
    }
    const WorkspaceRowIndex &index = m_model->rowIndex();
    const qint64 nowMs = m_model->now().toMSecsSinceEpoch();
    std::vector<Entry> entries;
    entries.reserve(rows.size());
    for (const int row : rows)
        entries.push_back({m_model->columnKey(row, m_sortColumn, nowMs), index.nameKey(row), row});
    std::sort(entries.begin(), entries.end(), EntryLess{index, m_sortOrder == Qt::DescendingOrder});
    for (size_t i = 0; i < entries.size(); ++i)
        rows[i] = entries[i].row;
}

// Adds `rows` (not in the order yet) at their sorted places in O(n).
void WorkspaceFilterProxy::mergeIntoOrder(std::vector<int> rows)
{
    if (m_sortColumn < 0) {
        m_order.insert(m_order.end(), rows.begin(), rows.end());
        std::sort(m_order.begin(), m_order.end());
        return;
    }
    sortOrder(rows);
    const WorkspaceRowIndex &index = m_model->rowIndex();
    const qint64 nowMs = m_model->now().toMSecsSinceEpoch();
    auto entry = [&](int row) {
        return Entry{m_model->columnKey(row, m_sortColumn, nowMs), index.nameKey(row), row};
    };
    const EntryLess less{index, m_sortOrder == Qt::DescendingOrder};
    std::vector<int> merged;
    merged.reserve(m_order.size() + rows.size());
    size_t i = 0, j = 0;
    while (i < m_order.size() && j < rows.size()) {
        if (less(entry(rows[j]), entry(m_order[i])))
            merged.push_back(rows[j++]);
        else
            merged.push_back(m_order[i++]);
    }
    merged.insert(merged.end(), m_order.begin() + qsizetype(i), m_order.end());
    merged.insert(merged.end(), rows.begin() + qsizetype(j), rows.end());
    m_order = std::move(merged);
}

std::vector<int> WorkspaceFilterProxy::gatherVisible() const
{
    std::vector<int> visible;
    visible.reserve(m_order.size());
    for (const int row : m_order) {
        if (m_accepted[size_t(row)])
            visible.push_back(row);
    }
    return visible;
}

void WorkspaceFilterProxy::applyVisible(std::vector<int> visible)
{
    if (visible == m_visible)
        return;
    Q_EMIT layoutAboutToBeChanged();
    std::vector<int> sourceToProxy(m_sourceToProxy.size(), -1);
    for (size_t i = 0; i < visible.size(); ++i)
        sourceToProxy[size_t(visible[i])] = int(i);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from) {
        const int proxyRow = sourceToProxy[size_t(m_visible[size_t(index.row())])];
        to.append(proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, index.column()));
    }
    m_visible = std::move(visible);
    m_sourceToProxy = std::move(sourceToProxy);
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged();
}

void WorkspaceFilterProxy::setFilter(const WorkspaceFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool narrowing = filter.narrows(m_filter);
    m_filter = filter;
    if (m_model) {
        const WorkspaceFilterMatcher matcher(m_filter, *m_model);
        std::vector<int> visible;
        if (narrowing) {
            // Within the current result, which is already in sort order.
            m_lastScanned = qsizetype(m_visible.size());
            visible.reserve(m_visible.size());
            for (const int row : m_visible) {
                if (matcher.accepts(row))
                    visible.push_back(row);
                else
                    m_accepted[size_t(row)] = 0;
            }
        } else {
            const int rows = m_model->rowCount();
            m_lastScanned = rows;
            for (int row = 0; row < rows; ++row)
                m_accepted[size_t(row)] = matcher.accepts(row);
            visible = gatherVisible();
        }
        applyVisible(std::move(visible));
    }
    Q_EMIT filterChanged();
}

void WorkspaceFilterProxy::setFilterText(const QString &text)
{
    WorkspaceFilter filter = m_filter;
    filter.text = text;
    setFilter(filter);
}

void WorkspaceFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && m_model && column < m_model->columnCount() ? column : -1;
    m_sortOrder = order;
    std::iota(m_order.begin(), m_order.end(), 0);
    sortOrder(m_order);
    applyVisible(gatherVisible());
}

void WorkspaceFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const auto rows = size_t(m_model->rowCount());
    m_accepted.resize(rows, 0);
    m_sourceToProxy.resize(rows, -1);
    const WorkspaceFilterMatcher matcher(m_filter, *m_model);
    std::vector<int> fresh, accepted;
    for (int row = first; row <= last; ++row) {
        fresh.push_back(row);
        m_accepted[size_t(row)] = matcher.accepts(row);
        if (m_accepted[size_t(row)])
            accepted.push_back(row);
    }
    mergeIntoOrder(std::move(fresh));
    if (accepted.empty())
        return;
    // Appended at the end first, then moved into sort order with a layout change.
    const int start = int(m_visible.size());
    beginInsertRows({}, start, start + int(accepted.size()) - 1);
    for (const int row : accepted) {
        m_sourceToProxy[size_t(row)] = int(m_visible.size());
        m_visible.push_back(row);
    }
    endInsertRows();
    if (m_sortColumn >= 0)
        applyVisible(gatherVisible());
}

void WorkspaceFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                         const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row(), last = bottomRight.row();
    const WorkspaceFilterMatcher matcher(m_filter, *m_model);
    for (int row = first; row <= last; ++row)
        m_accepted[size_t(row)] = matcher.accepts(row);
    if (m_sortColumn >= 0) {
        // The changed rows leave the order and come back at their (possibly new) place.
        std::vector<int> changed;
        std::vector<int> kept;
        kept.reserve(m_order.size());
        for (const int row : m_order)
            (row >= first && row <= last ? changed : kept).push_back(row);
        std::swap(m_order, kept);
        mergeIntoOrder(std::move(changed));
    }
    applyVisible(gatherVisible());

    int top = INT_MAX, bottom = -1;
    for (int row = first; row <= last; ++row) {
        const int proxyRow = m_sourceToProxy[size_t(row)];
        if (proxyRow >= 0) {
            top = std::min(top, proxyRow);
            bottom = std::max(bottom, proxyRow);
        }
    }
    if (bottom >= 0)
        Q_EMIT dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()),
                           roles);
}

QModelIndex WorkspaceFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return m_model->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex WorkspaceFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model)
        return {};
    const int proxyRow = m_sourceToProxy[size_t(sourceIndex.row())];
    return proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, sourceIndex.column());
}

QModelIndex WorkspaceFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex WorkspaceFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex WorkspaceFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int WorkspaceFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int WorkspaceFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool WorkspaceFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant WorkspaceFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    if (section < 0 || section >= rowCount())
        return {};
    return m_model->headerData(m_visible[size_t(section)], orientation, role);
}

} // namespace billing
