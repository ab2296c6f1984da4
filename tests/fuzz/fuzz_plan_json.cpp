// Plan files in the export format, JSON flavour (docs/plan-format.md): the reader, then the
// validator over whatever rows it produced, as File > Import plan and "validate-plan" do.
#include "PlanFuzzChecks.h"

using namespace billing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    fuzz::checkReadPlan(PlanReader().readJson(fuzz::bytes(data, size)));
    return 0;
}
