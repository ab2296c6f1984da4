#include "WorkspaceCosts.h"

#include "BillingCatalogue.h"

namespace billing {

WorkspaceCosts::WorkspaceCosts(const BillingCatalogue &catalogue)
{
    for (const BillingItem &item : catalogue.items())
        m_itemCodes.append(item.code);
}

int WorkspaceCosts::itemSlot(QStringView code) const
{
    for (int slot = 0; slot < itemCount(); ++slot) {
        if (m_itemCodes.at(slot) == code)
            return slot;
    }
    return -1;
}

void WorkspaceCosts::reserve(qsizetype rows)
{
    m_ids.reserve(rows);
    m_names.reserve(rows);
    m_sites.reserve(rows);
    m_totals.reserve(size_t(rows));
    m_itemCents.reserve(size_t(rows) * size_t(itemCount()));
}

void WorkspaceCosts::truncate(qsizetype rows)
{
    m_ids.resize(rows);
    m_names.resize(rows);
    m_sites.resize(rows);
    m_totals.resize(size_t(rows));
    m_itemCents.resize(size_t(rows) * size_t(itemCount()));
}

qsizetype WorkspaceCosts::appendRow(QString id, QString name, QString site, qint64 totalCents)
{
    m_ids.append(std::move(id));
    m_names.append(std::move(name));
    m_sites.append(std::move(site));
    m_totals.push_back(totalCents);
    m_itemCents.resize(m_itemCents.size() + size_t(itemCount()), 0);
    return m_ids.size() - 1;
}

void WorkspaceCosts::append(const WorkspaceCosts &other)
{
    Q_ASSERT(other.m_itemCodes == m_itemCodes);
    m_ids += other.m_ids;
    m_names += other.m_names;
    m_sites += other.m_sites;
    m_totals.insert(m_totals.end(), other.m_totals.begin(), other.m_totals.end());
    m_itemCents.insert(m_itemCents.end(), other.m_itemCents.begin(), other.m_itemCents.end());
}

qint64 WorkspaceCosts::sumOfTotals() const
{
    qint64 sum = 0;
    for (qint64 cents : m_totals)
        sum += cents;
    return sum;
}

qint64 WorkspaceCosts::sumOfItem(int slot) const
{
    qint64 sum = 0;
    for (qsizetype row = 0; row < size(); ++row)
        sum += itemCents(row, slot);
    return sum;
}

QList<int> WorkspaceCosts::slotsWithCost() const
{
    std::vector<char> used(size_t(itemCount()), 0);
    for (size_t i = 0; i < m_itemCents.size(); ++i) {
        if (m_itemCents[i] != 0)
            used[i % used.size()] = 1;
    }
    QList<int> slots;
    for (int slot = 0; slot < itemCount(); ++slot) {
        if (used[size_t(slot)])
            slots.append(slot);
    }
    return slots;
}

} // namespace billing
