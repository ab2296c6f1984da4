#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace billing {

class BillingCatalogue;

// A month's cost per workspace (GET /api/v1/bills/<month>/workspaces), kept by column: the
// workspaces' ids, names and sites, and their cents as flat integer arrays, one slot per
// catalogue item, so that 100 000 rows cost a few allocations and sum or sort without
// QVariant.
class WorkspaceCosts
{
public:
    // Item slots follow the catalogue's order.
    explicit WorkspaceCosts(const BillingCatalogue &catalogue);
    explicit WorkspaceCosts(QStringList itemCodes)
        : m_itemCodes(std::move(itemCodes))
    {}

    const QStringList &itemCodes() const { return m_itemCodes; }
    int itemCount() const { return int(m_itemCodes.size()); }
    // The slot of an item code, -1 when the catalogue does not know it.
    int itemSlot(QStringView code) const;

    void reserve(qsizetype rows);
    void clear() { truncate(0); }
    // Keeps the first `rows` rows.
    void truncate(qsizetype rows);
    // A new row with every item at 0; fill it with setItemCents().
    qsizetype appendRow(QString id, QString name, QString site, qint64 totalCents);
    void setItemCents(qsizetype row, int slot, qint64 cents)
    {
        m_itemCents[size_t(row) * size_t(itemCount()) + size_t(slot)] = cents;
    }
    void append(const WorkspaceCosts &other);

    qsizetype size() const { return m_ids.size(); }
    const QString &id(qsizetype row) const { return m_ids.at(row); }
    const QString &name(qsizetype row) const { return m_names.at(row); }
    const QString &site(qsizetype row) const { return m_sites.at(row); }
    qint64 totalCents(qsizetype row) const { return m_totals[size_t(row)]; }
    qint64 itemCents(qsizetype row, int slot) const
    {
        return m_itemCents[size_t(row) * size_t(itemCount()) + size_t(slot)];
    }
    // The row of a workspace id, -1 when absent (a linear scan: for one selection, not loops).
    qsizetype rowOf(const QString &workspaceId) const { return m_ids.indexOf(workspaceId); }

    qint64 sumOfTotals() const;
    qint64 sumOfItem(int slot) const;
    // Slots of the items that cost something in some row, in catalogue order.
    QList<int> slotsWithCost() const;

private:
    QStringList m_itemCodes;
    QStringList m_ids, m_names, m_sites;
    std::vector<qint64> m_totals;
    std::vector<qint64> m_itemCents; // row-major, itemCount() per row
};

} // namespace billing
