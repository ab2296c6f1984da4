// The client's fast reader of workspace lists (GET /api/v1/workspaces pages), which must
// accept exactly what workspaceFromJson() accepts and read the same values.
#include "FuzzSupport.h"

#include <Workspace.h>
#include <WorkspaceJsonReader.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace billing;

namespace {
bool sameWorkspace(const Workspace &a, const Workspace &b)
{
    return a.id == b.id && a.name == b.name && a.site == b.site && a.language == b.language
           && a.settlement.sameBindingAs(b.settlement) && a.settlement.since == b.settlement.since
           && a.nextChangeAllowedAt == b.nextChangeAllowedAt && a.status == b.status
           && a.lockAt == b.lockAt && a.version == b.version && a.createdAt == b.createdAt
           && a.updatedAt == b.updatedAt;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    static WorkspaceJsonReader reader;
    const QByteArray json = fuzz::bytes(data, size);

    WorkspacePage page;
    QString error;
    if (reader.readPage(json, &page, &error))
        fuzz::require(page.skipped >= 0 && page.skipped <= 1 + int(size));
    QList<Workspace> list;
    int skipped = 0;
    reader.readArray(json, &list, &skipped, &error);

    error.clear();
    const auto fast = reader.readWorkspace(json, &error);
    // Documents only one of the two JSON parsers takes (invalid UTF-8, huge numbers) are not
    // the workspace rules' business.
    if (error == u"not JSON")
        return 0;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const auto slow = workspaceFromJson(document.object());
        fuzz::require(fast.has_value() == slow.has_value());
        if (fast && slow)
            fuzz::require(sameWorkspace(*fast, *slow));
    }
    return 0;
}
