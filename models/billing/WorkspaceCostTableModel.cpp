#include "WorkspaceCostTableModel.h"

#include "BillingCatalogue.h"
#include "MoneyText.h"

#include <QLocale>

namespace billing {

WorkspaceCostTableModel::WorkspaceCostTableModel(const BillingCatalogue &catalogue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalogue(catalogue)
    , m_costs(catalogue)
{}

void WorkspaceCostTableModel::setCosts(WorkspaceCosts costs, const QString &currency)
{
    beginResetModel();
    m_costs = std::move(costs);
    m_currency = currency;
    m_itemSlots = m_costs.slotsWithCost();
    const auto rows = size_t(m_costs.size());
    m_foldedName.resize(rows);
    m_foldedSite.resize(rows);
    for (size_t row = 0; row < rows; ++row) {
        m_foldedName[row] = m_costs.name(qsizetype(row)).toCaseFolded();
        m_foldedSite[row] = m_costs.site(qsizetype(row)).toCaseFolded();
    }
    endResetModel();
}

void WorkspaceCostTableModel::clear()
{
    setCosts(WorkspaceCosts(m_catalogue), m_currency);
}

QString WorkspaceCostTableModel::itemCode(int column) const
{
    const int index = column - FirstItemColumn;
    if (index < 0 || index >= m_itemSlots.size())
        return {};
    return m_costs.itemCodes().at(m_itemSlots.at(index));
}

qint64 WorkspaceCostTableModel::sortKey(int row, int column) const
{
    if (column == SiteColumn)
        return 0; // SiteColumn sorts by folded site text (see the proxy)
    if (column == TotalColumn)
        return m_costs.totalCents(row);
    const int index = column - FirstItemColumn;
    if (index < 0 || index >= m_itemSlots.size())
        return 0;
    return m_costs.itemCents(row, m_itemSlots.at(index));
}

bool WorkspaceCostTableModel::matches(int row, const QString &foldedNeedle) const
{
    return m_foldedName[size_t(row)].contains(foldedNeedle)
           || m_foldedSite[size_t(row)].contains(foldedNeedle);
}

int WorkspaceCostTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_costs.size());
}

int WorkspaceCostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstItemColumn + int(m_itemSlots.size());
}

QVariant WorkspaceCostTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row(), column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return m_costs.name(row);
        if (column == SiteColumn)
            return m_costs.site(row);
        return money::moneyText(sortKey(row, column), m_currency);
    case Qt::TextAlignmentRole:
        if (column >= TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CentsRole:
        if (column >= TotalColumn)
            return sortKey(row, column);
        return {};
    case WorkspaceIdRole:
        return m_costs.id(row);
    default:
        return {};
    }
}

QVariant WorkspaceCostTableModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == ItemCodeRole)
        return itemCode(section);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Workspace");
    case SiteColumn:
        return tr("Site");
    case TotalColumn:
        return tr("Total");
    default:
        break;
    }
    const BillingItem *item = m_catalogue.find(itemCode(section));
    if (!item)
        return {};
    return QLocale().language() == QLocale::Chinese ? item->nameZh : item->nameEn;
}

} // namespace billing
