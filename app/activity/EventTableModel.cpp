#include "EventTableModel.h"

#include "AuditFilter.h"
#include "EventDescriptions.h"

namespace billing {

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EventTableModel::setEvents(QList<SettlementEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::text(const SettlementEvent &event, int column) const
{
    switch (column) {
    case WhenColumn:
        return EventDescriptions::when(event.at);
    case WorkspaceColumn:
        return event.workspaceName.isEmpty() ? event.workspaceId : event.workspaceName;
    case WhoColumn:
        return EventDescriptions::actor(event.actor);
    case EventColumn:
        return EventDescriptions::kind(event.event);
    case ChangeColumn:
        return EventDescriptions::change(event);
    case ReasonColumn:
        return EventDescriptions::reason(event.reason);
    }
    return {};
}

QVariant EventTableModel::raw(const SettlementEvent &event, int column) const
{
    switch (column) {
    case WhenColumn:
        return event.at;
    case WorkspaceColumn:
        return event.workspaceId;
    case WhoColumn: {
        AuditFilter filter;
        filter.actorKind = event.actor.kind;
        filter.actorName = event.actor.name();
        return filter.actorToWire();
    }
    case EventColumn:
        return toWire(event.event);
    case ChangeColumn:
        return event.to ? toWire(event.to->method) : QString();
    case ReasonColumn:
        return toWire(event.reason);
    }
    return {};
}

// The cell's whole text (a narrow column cuts it), then the workspace and the request.
QString EventTableModel::toolTip(const SettlementEvent &event, int column) const
{
    QString tip = text(event, column) + u'\n';
    tip += event.workspaceName.isEmpty()
               ? tr("Workspace %1").arg(event.workspaceId)
               : tr("Workspace %1 (%2)").arg(event.workspaceName, event.workspaceId);
    if (!event.requestId.isEmpty())
        tip += u'\n' + tr("Request %1").arg(event.requestId);
    return tip;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SettlementEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(event, index.column());
    case Qt::ToolTipRole:
        return toolTip(event, index.column());
    case WorkspaceIdRole:
        return event.workspaceId;
    case EventIdRole:
        return event.id;
    case SummaryRole:
        return EventDescriptions::summary(event);
    case RawRole:
        return raw(event, index.column());
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WorkspaceColumn:
        return tr("Workspace");
    case WhoColumn:
        return tr("Who");
    case EventColumn:
        return tr("Event");
    case ChangeColumn:
        return tr("From → To");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace billing
