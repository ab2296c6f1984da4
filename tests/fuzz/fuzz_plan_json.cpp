// Plan files in the export format, JSON flavour (docs/plan-format.md): the reader, then the
// validator over whatever rows it produced, as File > Import plan and "validate-plan" do.
#include "FuzzSupport.h"

#include <PlanReader.h>
#include <PlanValidator.h>
#include <SiteTable.h>

using namespace billing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    const PlanReader reader;
    const PlanReadResult result = reader.readJson(fuzz::bytes(data, size));
    for (const PlanIssue &issue : result.issues) {
        fuzz::require(!issue.message.isEmpty());
        issue.toString();
    }
    const PlanValidator validator(SiteTable::builtIn(), {SettlementMethod::Aws});
    for (const PlanIssue &issue : validator.validate(result.plan))
        fuzz::require(!issue.message.isEmpty() && issue.line >= 0);
    for (const PlanRow &row : result.plan.rows) {
        if (validator.validateRow(row).isEmpty())
            fuzz::require(PlanValidator::targetOf(row).has_value());
    }
    return 0;
}
