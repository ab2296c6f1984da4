#pragma once

#include "ActivityExport.h"

namespace billing {

// The activity as an Excel workbook (docs/export.md, "XLSX"): one sheet "Activity" with the
// CSV's columns and rows, times as Excel date-times in UTC ("at (UTC)"), IDs as text.
// Empty, with *problem (translated), when the workbook could not be made.
QByteArray activityToXlsx(const ActivityExportDocument &document, QString *problem = nullptr);

} // namespace billing
