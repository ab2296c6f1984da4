#pragma once

#include "SettlementChangeResult.h"
#include "Workspace.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace billing {

// One page of GET /api/v1/workspaces: {"items":[Workspace…],"nextCursor","total","syncToken"}.
struct WorkspacePage {
    QList<Workspace> items;
    QString nextCursor;
    QString syncToken; // empty from a server without delta sync
    qint64 total = -1;
    int skipped = 0; // items that are not a contract Workspace (a newer server); not fatal
};

// Reads contract workspace JSON without building a QJsonDocument: simdjson's tape plus a
// fixed-format fast path for RFC 3339 times. Same acceptance rules as workspaceFromJson(),
// about ten times faster, which is what lets 100 000 workspaces load within the table's
// budget (issue 8). Keep one reader per thread and reuse it: it keeps its buffers.
class WorkspaceJsonReader
{
public:
    WorkspaceJsonReader();
    ~WorkspaceJsonReader();
    WorkspaceJsonReader(const WorkspaceJsonReader &) = delete;
    WorkspaceJsonReader &operator=(const WorkspaceJsonReader &) = delete;

    // A list page; false with *error set when the body is not JSON or not a page.
    bool readPage(QByteArrayView json, WorkspacePage *page, QString *error = nullptr);
    // A JSON array of workspaces.
    bool readArray(QByteArrayView json, QList<Workspace> *out, int *skipped,
                   QString *error = nullptr);
    // An object whose member `listMember` is an array of workspaces (an offline copy): the
    // array goes to *out, the other members (scalars only) to *otherMembers.
    bool readObjectWithList(QByteArrayView json, const char *listMember, QList<Workspace> *out,
                            int *skipped, QVariantMap *otherMembers, QString *error = nullptr);
    // JSON Lines: one Workspace object per line (an offline copy's rows; empty lines are
    // ignored). Lines go one at a time through a small reused buffer: 100 000 of them never
    // make one 35 MB tape, whose memory alone costs more than the parsing. A line that is
    // not a contract Workspace counts in *skipped.
    void readLines(QByteArrayView lines, QList<Workspace> *out, int *skipped);
    // One Workspace object.
    std::optional<Workspace> readWorkspace(QByteArrayView json, QString *error = nullptr);
    // The reply of POST /api/v1/settlement-changes, {"results":[…]}: false when any result
    // is not what SettlementChangeResult::fromJson() accepts.
    bool readSettlementResults(QByteArrayView json, QList<SettlementChangeResult> *out,
                               QString *error = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// "2026-11-26T08:00:00Z" in a few nanoseconds; other RFC 3339 forms via rfc3339::parse.
QDateTime parseRfc3339Fast(QStringView text);

} // namespace billing
