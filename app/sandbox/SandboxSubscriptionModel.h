#pragma once

#include "SandboxSubscription.h"

#include <QAbstractTableModel>
#include <QList>

namespace billing {

// The subscriptions made in one sandbox market's console during this session, newest last,
// with their last known status. Kept in memory only: the claim codes are secrets.
class SandboxSubscriptionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ModelColumn {
        IdColumn,
        CustomerColumn,
        StatusColumn,
        BoundColumn,
        ExpiresColumn,
        ColumnCount
    };

    explicit SandboxSubscriptionModel(QObject *parent = nullptr);

    // Adds a new subscription; returns its row.
    int add(const SandboxSubscription &subscription);
    // Takes the newer state of a listed subscription (its claim code kept); false when it is
    // not listed.
    bool update(const MarketplaceSubscription &subscription);
    const SandboxSubscription &at(int row) const { return m_rows.at(row); }
    int rowOf(const QString &subscriptionId) const;
    const QList<SandboxSubscription> &subscriptions() const { return m_rows; }

    // The words for a status as this marketplace's console says it ("Frozen", "Suspended").
    static QString statusText(const MarketplaceSubscription &subscription);
    // The buyer as the marketplace names them (UID, account ID, subscription name).
    static QString customerText(const MarketplaceSubscription &subscription);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SandboxSubscription> m_rows;
};

} // namespace billing
