#pragma once

#include "SettlementEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace billing {

// Events of a settlement history or of the audit log, one row each in the order given
// (the server lists them newest first), in the words of EventDescriptions.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        WorkspaceColumn,
        WhoColumn,
        EventColumn,
        ChangeColumn, // from → to
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        WorkspaceIdRole = Qt::UserRole + 1,
        EventIdRole,
        SummaryRole, // every part on its own line (EventDescriptions::summary)
        RawRole,     // the wire value of the cell: time, actor filter, event, reason
    };

    explicit EventTableModel(QObject *parent = nullptr);

    // Replaces every row with one model reset.
    void setEvents(QList<SettlementEvent> events);
    void clear() { setEvents({}); }
    const QList<SettlementEvent> &events() const { return m_events; }
    const SettlementEvent &event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const SettlementEvent &event, int column) const;
    QVariant raw(const SettlementEvent &event, int column) const;
    QString toolTip(const SettlementEvent &event, int column) const;

    QList<SettlementEvent> m_events;
};

} // namespace billing
