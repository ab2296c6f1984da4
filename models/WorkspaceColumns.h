#pragma once

#include "WorkspaceTableModel.h"

#include <QStringList>
#include <QVariant>

#include <array>

namespace billing {

// One column of WorkspaceTableModel: what data(), headerData(), the proxy's sort and the
// view's column width need to know of it. Plain function pointers: one call per cell, no
// allocation, no virtual dispatch.
struct WorkspaceColumn {
    using Model = WorkspaceTableModel;

    Model::Column column = Model::ColumnCount;
    const char *header = nullptr; // translated in WorkspaceTableModel's context
    QVariant (*display)(const Model &, int row) = nullptr;
    QVariant (*raw)(const Model &, int row) = nullptr;
    QVariant (*toolTip)(const Model &, int row) = nullptr; // nullptr: the displayed text
    // The integer sort key; nullptr: the column sorts by folded name alone.
    qint64 (*key)(const Model &, int row, qint64 nowMs) = nullptr;
    // Texts as wide as the values the column usually holds, besides its header (nullptr:
    // none): a view sizes the column to them instead of measuring every row.
    QStringList (*widthSamples)() = nullptr;
};

// Every column, indexed by WorkspaceTableModel::Column.
extern const std::array<WorkspaceColumn, WorkspaceTableModel::ColumnCount> workspaceColumns;

} // namespace billing
