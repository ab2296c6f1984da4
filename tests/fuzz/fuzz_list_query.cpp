// The query of the list endpoints (GET /api/v1/workspaces?limit=&cursor=&site=&method=&
// status=&q=), decoded as the HTTP adapter does and read as WorkspaceHandlers::list reads it.
// A cursor the server wrote must read back as the same position.
#include "FuzzSupport.h"

#include <Paging.h>
#include <QueryString.h>
#include <SettlementMethod.h>
#include <Workspace.h>

using namespace billing;
using namespace billing::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    HttpRequest request;
    request.query = QueryString::decode(fuzz::bytes(data, size));
    FieldErrors errors;
    const PageRequest page = PageRequest::fromQuery(request, errors);
    fuzz::require(page.limit >= 1 && page.limit <= 5000 && page.cursorSeq >= 0);
    if (const auto method = request.queryValue(QStringLiteral("method")))
        settlementMethodFromWire(*method);
    if (const auto status = request.queryValue(QStringLiteral("status")))
        workspaceStatusFromWire(*status);
    if (const auto q = request.queryValue(QStringLiteral("q")))
        (void)q->toCaseFolded(); // the handler's nameFolded
    if (!errors.isEmpty())
        FieldReader::validationError(errors);

    if (page.cursorSeq > 0) {
        HttpRequest next;
        next.query = {{QStringLiteral("cursor"), PageRequest::encodeCursor(page.cursorSeq)}};
        FieldErrors none;
        fuzz::require(PageRequest::fromQuery(next, none).cursorSeq == page.cursorSeq
                      && none.isEmpty());
    }
    return 0;
}
