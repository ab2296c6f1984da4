// The offline copy of the activity (<data dir>/cache/activity-*.json), read as
// ActivityCache::load() reads it; what loads must be recorded and load again with its events.
#include "FuzzSupport.h"

#include <ActivityCache.h>

#include <QTemporaryDir>

using namespace billing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    static QTemporaryDir directory;
    fuzz::require(directory.isValid());
    // The seeds are written for this profile.
    ActivityCache cache(directory.path(), QUrl(QStringLiteral("https://billing.example.com")),
                        QStringLiteral("alice"));
    fuzz::writeFile(cache.filePath(), data, size);

    QString error;
    const auto contents = fuzz::loadOrReason(cache, &error);
    if (!contents)
        return 0;
    // Every event it holds is selected by an empty filter, and a read merged into it keeps
    // them all (merging is by id).
    fuzz::require(contents->select(AuditFilter{}).size() == contents->events.size());
    AuditFilter narrowed;
    narrowed.workspaceId = QStringLiteral("ws_fuzz");
    fuzz::require(cache.record(narrowed, {}, contents->syncedAt, &error));
    const auto again = cache.load(&error);
    fuzz::require(again.has_value() && again->events.size() == contents->events.size());
    return 0;
}
