#pragma once

#include <QTableView>

class QAbstractItemDelegate;

namespace billing {

// The Workspaces tab's table: rows of 100 000 workspaces, so fixed row heights and column
// widths measured on sample texts; sorted by name; the staged "old → new" column next to
// the name.
class WorkspaceTableView : public QTableView
{
    Q_OBJECT

public:
    WorkspaceTableView(QAbstractItemModel &model, QAbstractItemDelegate *delegate,
                       QWidget *parent = nullptr);

private:
    int columnWidth(int column) const;
};

} // namespace billing
