#pragma once

#include "BillGroups.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace billing {

// A bill as rows of text cells, the common form of the CSV and the table (docs/export.md).
// Cells are wire values: amounts with two places, quantities as on the wire, payer methods
// and statuses by their wire names.
struct BillSheet {
    Q_DECLARE_TR_FUNCTIONS(billing::BillSheet)

public:
    QStringList columns; // CSV header keys: "day", "workspace_id", …
    QList<QStringList> rows;
    // The grouped sheets' last row: "total" in the first column, the currency and the sum of
    // every line's amount. Empty for lines, which are one record each.
    QStringList totalRow;

    static BillSheet of(const QList<BillLine> &lines, BillGrouping grouping,
                        const QString &currency);
    // The column's heading for people (translated): "Workspace name" for "workspace_name".
    static QString label(const QString &column);
    // Amounts and quantities line up on the right in a table.
    static bool isNumeric(const QString &column);
};

} // namespace billing
