#pragma once

#include "WorkspaceFilter.h"

#include <QAbstractProxyModel>

#include <vector>

namespace billing {

class WorkspaceTableModel;

// Sort and filter over a WorkspaceTableModel, built for 100 000 rows (issue 8).
//
// Why not a QSortFilterProxyModel subclass: QSFPM re-evaluates every source row through a
// virtual call with QModelIndex arguments on each filter change, then patches its mapping
// range by range with one rowsRemoved/rowsInserted per range (thousands for a scattered
// result); it cannot filter within its previous result, and its sort calls lessThan() with
// QModelIndexes. Measured on 100 000 rows: ≈ 42 ms per keystroke and ≈ 220 ms per sort.
// This proxy instead
//  - keeps `order`, every source row in the current sort order (built once per sort from
//    the model's integer keys and 16-byte name prefixes, no QVariant);
//  - filters by scanning the rows (with WorkspaceFilterMatcher) and gathering the accepted
//    ones from `order`, so a filter change never re-sorts;
//  - when the new filter narrows the old one (one more character), scans only the rows
//    shown now;
//  - announces a filter or sort change as one layout change (persistent indexes are
//    remapped; rows filtered out become invalid), appended source rows as rowsInserted,
//    and source updates as dataChanged (or a layout change when a row moves or hides).
// The source must be a WorkspaceTableModel (it only resets, appends and updates rows).
class WorkspaceFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit WorkspaceFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    WorkspaceTableModel *workspaceModel() const { return m_model; }

    void setFilter(const WorkspaceFilter &filter);
    void setFilterText(const QString &text);
    const WorkspaceFilter &filter() const { return m_filter; }
    // Rows the last filter change examined (all rows, or only the previous result).
    qsizetype lastScannedRows() const { return m_lastScanned; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int sourceRow(int proxyRow) const { return m_visible[size_t(proxyRow)]; }
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void filterChanged();

private:
    void rebuildAll();
    void sortOrder(std::vector<int> &rows) const;
    void mergeIntoOrder(std::vector<int> rows);
    std::vector<int> gatherVisible() const;
    void applyVisible(std::vector<int> visible);
    void onSourceReset();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);

    WorkspaceTableModel *m_model = nullptr;
    WorkspaceFilter m_filter;
    std::vector<int> m_order;         // every source row, sorted
    std::vector<int> m_visible;       // proxy row -> source row
    std::vector<int> m_sourceToProxy; // source row -> proxy row, or -1
    std::vector<char> m_accepted;     // source row -> passes the filter
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qsizetype m_lastScanned = 0;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace billing
