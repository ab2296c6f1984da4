// The Costs tab's fast reader of a month's workspace totals (GET /api/v1/bills/<month>/
// workspaces pages, simdjson): a page it refuses leaves the rows read so far as they were;
// one it takes adds its rows, each with its id.
#include "FuzzSupport.h"

#include <BillingCatalogue.h>
#include <WorkspaceCostJsonReader.h>
#include <WorkspaceCosts.h>

using namespace billing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    static WorkspaceCostJsonReader reader;
    const QByteArray json = fuzz::bytes(data, size);

    WorkspaceCosts costs(BillingCatalogue::builtIn());
    QString nextCursor;
    qint64 total = 0;
    QString error;
    // Twice into the same rows: the second read appends after the first or changes nothing.
    const bool first = reader.readPage(json, &costs, &nextCursor, &total, &error);
    fuzz::require(first || (!error.isEmpty() && costs.size() == 0));
    const qsizetype afterFirst = costs.size();
    error.clear();
    const bool second = reader.readPage(json, &costs, &nextCursor, &total, &error);
    fuzz::require(second == first);
    fuzz::require(costs.size() == (second ? 2 * afterFirst : afterFirst));
    for (qsizetype row = 0; row < costs.size(); ++row)
        fuzz::require(!costs.id(row).isEmpty());
    return 0;
}
