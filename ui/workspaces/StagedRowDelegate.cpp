#include "StagedRowDelegate.h"

#include "StagedChanges.h"
#include "WorkspaceTableModel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace billing {

StagedRowDelegate::StagedRowDelegate(const StagedChanges &staged, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_staged(staged)
{}

QColor StagedRowDelegate::tint(int state)
{
    // Light enough for dark text in both the light and the offscreen palettes.
    switch (state) {
    case int(StagedState::Staged):
        return QColor(0xff, 0xf4, 0xc2);
    case int(StagedState::Applying):
        return QColor(0xd6, 0xe9, 0xff);
    case int(StagedState::Applied):
        return QColor(0xd9, 0xf2, 0xd9);
    case int(StagedState::Rejected):
        return QColor(0xfb, 0xd5, 0xd5);
    default:
        return {};
    }
}

void StagedRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int state = index.data(WorkspaceTableModel::StagedStateRole).toInt();
    const QColor color = tint(state);
    if (!color.isValid())
        return;
    option->backgroundBrush = color;
    option->palette.setColor(QPalette::Text, Qt::black);
    if (index.column() == WorkspaceTableModel::StagedColumn && state == int(StagedState::Rejected))
        option->font.setBold(true);
}

QString StagedRowDelegate::rejectionTooltip(const QModelIndex &index) const
{
    if (index.data(WorkspaceTableModel::StagedStateRole).toInt() != int(StagedState::Rejected))
        return {};
    const StagedChange *change =
        m_staged.find(index.data(WorkspaceTableModel::WorkspaceIdRole).toString());
    if (!change)
        return {};
    return change->reason.isEmpty() ? change->error.message : change->reason;
}

bool StagedRowDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip) {
        const QString reason = rejectionTooltip(index);
        if (!reason.isEmpty()) {
            QToolTip::showText(event->globalPos(), reason, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace billing
