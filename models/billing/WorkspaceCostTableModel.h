#pragma once

#include "WorkspaceCosts.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <vector>

namespace billing {

class BillingCatalogue;

// The Costs tab's table: one row per workspace with the month's cost, in columns name,
// site, total and one per catalogue item that costs something this month. Cells show
// money through money::moneyText; sorting and filtering read integer cents and pre-folded
// text (WorkspaceCostFilterProxy) instead of QVariants, for 100 000 rows.
class WorkspaceCostTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SiteColumn, TotalColumn, FirstItemColumn };
    enum Role {
        CentsRole = Qt::UserRole + 1, // qint64 cents of a money cell
        WorkspaceIdRole,
        ItemCodeRole // of an item column's header
    };

    explicit WorkspaceCostTableModel(const BillingCatalogue &catalogue, QObject *parent = nullptr);

    // Replaces every row with one reset; item columns follow the items with a cost.
    void setCosts(WorkspaceCosts costs, const QString &currency);
    void clear();

    const WorkspaceCosts &costs() const { return m_costs; }
    const QString &currency() const { return m_currency; }
    // The item code of an item column; empty for the others.
    QString itemCode(int column) const;
    // The cents of a money cell, or the site's index for SiteColumn (for sorting).
    qint64 sortKey(int row, int column) const;
    const QString &foldedName(int row) const { return m_foldedName[size_t(row)]; }
    // Whether the row's name or site contains the folded needle.
    bool matches(int row, const QString &foldedNeedle) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const BillingCatalogue &m_catalogue;
    WorkspaceCosts m_costs;
    QString m_currency;
    QList<int> m_itemSlots; // item column - FirstItemColumn → slot
    std::vector<QString> m_foldedName;
    std::vector<QString> m_foldedSite;
};

} // namespace billing
