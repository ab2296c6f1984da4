#include "FittedColumns.h"

#include <QHeaderView>
#include <QTableView>

namespace billing {

void keepColumnsFitted(QTableView &table)
{
    QHeaderView *header = table.horizontalHeader();
    QAbstractItemModel *model = table.model();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(model->columnCount() - 1, QHeaderView::Stretch);
    const auto fit = [&table] {
        const int stretched = table.model()->columnCount() - 1;
        for (int column = 0; column < stretched; ++column)
            table.resizeColumnToContents(column);
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &table, fit);
    QObject::connect(model, &QAbstractItemModel::dataChanged, &table, fit);
    QObject::connect(model, &QAbstractItemModel::modelReset, &table, fit);
    fit();
}

} // namespace billing
