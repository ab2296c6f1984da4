#include "ActivityXlsx.h"

#include "XlsxWorkbook.h"

namespace billing {

QByteArray activityToXlsx(const ActivityExportDocument &document, QString *problem)
{
    XlsxWorkbook workbook;
    if (XlsxSheetWriter *sheet = workbook.addSheet(u"Activity"_qs)) {
        const QStringList columns = activityCsvHeader();
        const qsizetype at = columns.indexOf(u"at");
        const qsizetype lockAt = columns.indexOf(u"lock_at");
        QStringList header = columns;
        header[at] += QStringLiteral(" (UTC)");
        header[lockAt] += QStringLiteral(" (UTC)");
        sheet->writeHeader(header);
        int row = 0;
        for (const SettlementEvent &event : document.events) {
            const QStringList fields = activityCsvFields(event);
            ++row;
            for (int c = 0; c < fields.size(); ++c) {
                if (c == at)
                    sheet->writeUtcTime(row, c, event.at);
                else if (c == lockAt)
                    sheet->writeUtcTime(row, c, event.lockAt);
                else if (isIdColumn(columns.at(c)))
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
