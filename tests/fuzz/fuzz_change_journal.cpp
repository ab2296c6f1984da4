// The bulk-apply journal read back after a crash (ChangeJournal::fromJson): a file the
// client wrote, but a crash, a full disk or an editor may have left anything in it. What
// reads must write and read again with the same entries and unconfirmed chunks.
#include "FuzzSupport.h"

#include <ChangeJournal.h>

using namespace billing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    QString error;
    const auto contents = ChangeJournal::fromJson(fuzz::bytes(data, size), &error);
    fuzz::require(contents.has_value() || !error.isEmpty());
    if (!contents)
        return 0;
    const auto again = ChangeJournal::fromJson(ChangeJournal::toJson(*contents), &error);
    fuzz::require(again.has_value() && again->entries.size() == contents->entries.size()
                  && again->unconfirmed.size() == contents->unconfirmed.size());
    for (qsizetype i = 0; i < contents->unconfirmed.size(); ++i)
        fuzz::require(again->unconfirmed.at(i).idempotencyKey
                      == contents->unconfirmed.at(i).idempotencyKey);
    return 0;
}
