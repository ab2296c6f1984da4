#pragma once

#include "FieldReader.h"
#include "HttpRequest.h"

#include <QByteArray>
#include <QJsonArray>

namespace billing::server {

// limit (1-5000, default 500) and the opaque cursor of list endpoints.
struct PageRequest {
    int limit = 500;
    qint64 cursorSeq = 0; // 0: from the start

    // Reads limit/cursor from the query, adding reasons to `errors`.
    static PageRequest fromQuery(const HttpRequest &request, FieldErrors &errors);
    static QString encodeCursor(qint64 seq);
};

// {"items":[...],"nextCursor":...,"total":N[,"syncToken":"…"]}, written directly for speed
// on big pages.
QByteArray pageJson(const QByteArray &itemsJsonArray, qint64 nextCursorSeq, qint64 total,
                    const QString &syncToken = {});
QByteArray pageJson(const QJsonArray &items, qint64 nextCursorSeq, qint64 total);

// RFC 8288 `<path?…&cursor=…>; rel="next"` for a Link header: the next page's address in
// the reply's head, so that a client may ask for it before this page's body has arrived
// (docs/api.md, "Paging"). The request's other query items are kept.
QByteArray nextPageLink(const HttpRequest &request, qint64 nextCursorSeq);

} // namespace billing::server
