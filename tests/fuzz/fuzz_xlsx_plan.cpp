// Plan files in the export format, XLSX flavour (docs/plan-format.md): PlanReader::readXlsx
// (libzip, then the workbook's XML parts) under its limits, then the validator over whatever
// rows it produced. A plan read from a workbook reads back the same: its rows written as a
// CSV plan (as the export writes one) read to the same fields.
#include "PlanFuzzChecks.h"

#include <CsvRecord.h>

using namespace billing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    const PlanReadResult result = PlanReader().readXlsx(fuzz::bytes(data, size));
    fuzz::require(result.plan.format == Plan::Format::Xlsx);
    fuzz::checkReadPlan(result);
    if (result.plan.rows.isEmpty())
        return 0;
    QByteArray csv;
    appendCsvRecord(csv, PlanReader::csvHeader());
    for (const PlanRow &row : result.plan.rows)
        appendCsvRecord(csv, row.values());
    const PlanReadResult again = PlanReader().readCsv(csv);
    fuzz::require(again.ok() && again.plan.rows.size() == result.plan.rows.size());
    for (qsizetype i = 0; i < result.plan.rows.size(); ++i)
        fuzz::require(again.plan.rows.at(i).values() == result.plan.rows.at(i).values());
    return 0;
}
