#include "WorkspaceXlsx.h"

#include "PlanReader.h"
#include "XlsxWorkbook.h"

namespace billing {

QByteArray workspacesToXlsx(const ExportDocument &document, QString *problem)
{
    XlsxWorkbook workbook;
    if (XlsxSheetWriter *sheet = workbook.addSheet(PlanReader::kXlsxSheet)) {
        const QStringList &header = PlanReader::csvHeader();
        sheet->writeHeader(header);
        int row = 0;
        for (const Workspace &workspace : document.workspaces) {
            const QStringList fields = workspaceCsvFields(workspace);
            ++row;
            for (int c = 0; c < fields.size(); ++c) {
                if (isIdColumn(header.at(c)))
                    sheet->writeId(row, c, fields.at(c));
                else
                    sheet->writeText(row, c, fields.at(c));
            }
        }
        sheet->finishTable(row);
    }
    return workbook.finish(problem);
}

} // namespace billing
