#pragma once

#include "MeteringRecordRow.h"

#include <QAbstractTableModel>
#include <QList>

namespace billing {

// The usage records a sandbox market accepted, one row each, in the order it sent them.
class MeteringRecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ModelColumn { PeriodColumn, UsageColumn, AcceptedColumn, SubscriptionColumn, ColumnCount };

    explicit MeteringRecordModel(QObject *parent = nullptr);

    void setRecords(const QList<MeteringRecordRow> &records);
    const QList<MeteringRecordRow> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MeteringRecordRow> m_records;
};

} // namespace billing
