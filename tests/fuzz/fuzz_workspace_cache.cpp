// The offline workspace cache file (<AppLocalDataLocation>/cache/workspaces-*.json), read as
// WorkspaceCache::load() reads it; what loads must save and load again unchanged.
#include "FuzzSupport.h"

#include <WorkspaceCache.h>

#include <QTemporaryDir>

using namespace billing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    static QTemporaryDir directory;
    fuzz::require(directory.isValid());
    // The seeds are written for this profile.
    WorkspaceCache cache(directory.path(), QUrl(QStringLiteral("https://billing.example.com")),
                         QStringLiteral("alice"));
    fuzz::writeFile(cache.filePath(), data, size);

    QString error;
    const auto contents = fuzz::loadOrReason(cache, &error);
    if (!contents)
        return 0;
    fuzz::require(cache.save(contents->workspaces, contents->syncedAt, &error));
    const auto again = cache.load(&error);
    fuzz::require(again.has_value() && again->workspaces.size() == contents->workspaces.size()
                  && again->syncedAt.toSecsSinceEpoch() == contents->syncedAt.toSecsSinceEpoch());
    return 0;
}
