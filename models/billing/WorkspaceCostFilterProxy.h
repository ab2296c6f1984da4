#pragma once

#include <QSortFilterProxyModel>

namespace billing {

class WorkspaceCostTableModel;

// Sorts the Costs tab's table by exact integer cents (ties by name) and filters it by
// name or site, reading the model's arrays directly: no QVariant per comparison.
class WorkspaceCostFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit WorkspaceCostFilterProxy(WorkspaceCostTableModel &model, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    const QString &filterText() const { return m_text; }
    int sourceRow(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    WorkspaceCostTableModel &m_model;
    QString m_text;
    QString m_needle; // trimmed and case-folded
};

} // namespace billing
