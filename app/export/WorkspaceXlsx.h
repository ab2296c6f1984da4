#pragma once

#include "WorkspaceExport.h"

namespace billing {

// The configuration as an Excel workbook (docs/export.md, "XLSX"): one sheet named
// PlanReader::kXlsxSheet ("Workspaces") with exactly the CSV's columns and cells, every value
// a string, so that it imports back as a plan. Empty, with *problem (translated), when the
// workbook could not be made.
QByteArray workspacesToXlsx(const ExportDocument &document, QString *problem = nullptr);

} // namespace billing
