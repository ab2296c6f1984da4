#include "MeteringRecordModel.h"

#include <QLocale>

namespace billing {
namespace {
QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}
} // namespace

MeteringRecordModel::MeteringRecordModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MeteringRecordModel::setRecords(const QList<MeteringRecordRow> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

int MeteringRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int MeteringRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeteringRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const MeteringRecordRow &record = m_records.at(index.row());
    switch (index.column()) {
    case PeriodColumn:
        if (!record.end.isValid())
            return timeText(record.start);
        return tr("%1 – %2").arg(timeText(record.start), timeText(record.end));
    case UsageColumn:
        return record.usage;
    case AcceptedColumn:
        return timeText(record.acceptedAt);
    case SubscriptionColumn:
        return record.subscription;
    }
    return {};
}

QVariant MeteringRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn:
        return tr("Usage period");
    case UsageColumn:
        return tr("Usage");
    case AcceptedColumn:
        return tr("Accepted");
    case SubscriptionColumn:
        return tr("Subscription");
    }
    return {};
}

} // namespace billing
