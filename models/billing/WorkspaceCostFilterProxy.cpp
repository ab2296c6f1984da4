#include "WorkspaceCostFilterProxy.h"

#include "WorkspaceCostTableModel.h"

namespace billing {

WorkspaceCostFilterProxy::WorkspaceCostFilterProxy(WorkspaceCostTableModel &model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(&model);
    // Rows change only by reset; re-sorting on every dataChanged would be wasted work.
    setDynamicSortFilter(false);
}

void WorkspaceCostFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_needle = text.trimmed().toCaseFolded();
    invalidateRowsFilter();
}

int WorkspaceCostFilterProxy::sourceRow(int proxyRow) const
{
    return mapToSource(index(proxyRow, 0)).row();
}

bool WorkspaceCostFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_needle.isEmpty() || m_model.matches(sourceRow, m_needle);
}

bool WorkspaceCostFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int a = left.row(), b = right.row(), column = left.column();
    if (column == WorkspaceCostTableModel::SiteColumn) {
        const int bySite = m_model.costs().site(a).compare(m_model.costs().site(b));
        if (bySite != 0)
            return bySite < 0;
    } else if (column != WorkspaceCostTableModel::NameColumn) {
        const qint64 keyA = m_model.sortKey(a, column), keyB = m_model.sortKey(b, column);
        if (keyA != keyB)
            return keyA < keyB;
    }
    const int byName = m_model.foldedName(a).compare(m_model.foldedName(b));
    return byName != 0 ? byName < 0 : a < b;
}

} // namespace billing
