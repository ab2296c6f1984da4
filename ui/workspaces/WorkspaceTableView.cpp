#include "WorkspaceTableView.h"

#include "WorkspaceTableModel.h"

#include <QHeaderView>

namespace billing {

WorkspaceTableView::WorkspaceTableView(QAbstractItemModel &model, QAbstractItemDelegate *delegate,
                                       QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("workspaceTableView"));
    setAccessibleName(tr("Workspaces"));
    setModel(&model);
    setItemDelegate(delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the details pane; the arrow keys move between rows.
    setTabKeyNavigation(false);
    setWordWrap(false);
    verticalHeader()->hide();
    // Fixed row heights and column widths: measuring 100 000 rows would stall every reset.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Measured with Chinese too: its fallback font is taller than the Latin one.
    verticalHeader()->setDefaultSectionSize(
        fontMetrics().boundingRect(QStringLiteral("Ág中文")).height() + 8);
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    for (int column = 0; column < WorkspaceTableModel::ColumnCount; ++column)
        header->resizeSection(column, columnWidth(column));
    // "old → new" next to the name, where it is seen without scrolling.
    header->moveSection(header->visualIndex(WorkspaceTableModel::StagedColumn), 1);
    setSortingEnabled(true);
    sortByColumn(WorkspaceTableModel::NameColumn, Qt::AscendingOrder);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

// Wide enough for the header and the longest value the column usually holds, measured on
// the model's sample texts rather than on the rows (there may be 100 000 of them).
int WorkspaceTableView::columnWidth(int column) const
{
    const QFontMetrics metrics = fontMetrics();
    const QStringList samples = WorkspaceTableModel::widthSamples(column);
    int width = 0;
    for (const QString &sample : samples)
        width = std::max(width, metrics.horizontalAdvance(sample));
    // Cell padding, the sort indicator, and a little room to breathe.
    return width + 3 * metrics.horizontalAdvance(QLatin1Char('M'));
}

} // namespace billing
