// The Link header of a list page (issue 20): NextPageLink::cursor, as the client reads the
// header of each page's reply to ask for the next one early. Whatever the header, a cursor
// found is what the server's own link for it reads back as, and a header that names no
// "next" yields none.
#include "FuzzSupport.h"

#include <NextPageLink.h>

#include <QUrl>

using namespace billing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    const QByteArray header = fuzz::bytes(data, size);
    const QString cursor = NextPageLink::cursor(header);
    if (cursor.isEmpty())
        return 0;
    fuzz::require(header.toLower().contains("next"));
    const QByteArray query = "/api/v1/workspaces?cursor=" + QUrl::toPercentEncoding(cursor);
    fuzz::require(NextPageLink::cursor(NextPageLink::format(query)) == cursor);
    return 0;
}
