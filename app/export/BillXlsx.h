#pragma once

#include "BillExport.h"

namespace billing {

// A bill as an Excel workbook (docs/export.md, "XLSX"): the sheet "Bill" holds the CSV's
// table (the same rows, the total row last), typed: days as dates, amounts and prices as
// numbers, IDs as text; the sheet "Summary" holds the month's total and its totals by payer,
// item and site, as the Costs tab shows them. Every total is written from exact cents.
// Empty, with *problem (translated), when the workbook could not be made.
QByteArray billToXlsx(const BillExportDocument &document, QString *problem = nullptr);

} // namespace billing
