// The offline copy of a month's bill (<data dir>/cache/bills-<month>-*.json), read as
// BillCache::load() reads it: what loads saves and loads again with the same lines.
#include "FuzzSupport.h"

#include <BillCache.h>

#include <QTemporaryDir>

using namespace billing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    static QTemporaryDir directory;
    fuzz::require(directory.isValid());
    // The seeds are written for this profile and month.
    BillCache cache(directory.path(), QUrl(QStringLiteral("https://billing.example.com")),
                    QStringLiteral("alice"), QStringLiteral("2026-11"));
    fuzz::writeFile(cache.filePath(), data, size);

    QString error;
    const auto contents = fuzz::loadOrReason(cache, &error);
    if (!contents)
        return 0;
    fuzz::require(cache.save(contents->lines, contents->syncedAt, &error));
    const auto again = cache.load(&error);
    fuzz::require(again.has_value() && again->lines == contents->lines);
    return 0;
}
