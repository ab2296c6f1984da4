// The query of the list endpoints (GET /api/v1/workspaces?limit=&cursor=&site=&method=&
// status=&q=, GET /api/v1/audit?since=&until=&workspaceId=&actor=&event=), decoded as the
// HTTP adapter does and read as the handlers read it. A cursor the server wrote must read
// back as the same position; an audit filter that was accepted must read back the same
// from the query the client would write for it.
#include "FuzzSupport.h"

#include <AuditQuery.h>
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

    FieldErrors auditErrors;
    const AuditFilter filter = readAuditQuery(request, auditErrors);
    if (auditErrors.isEmpty()) {
        fuzz::require(!filter.since.isValid() || !filter.until.isValid()
                      || filter.since < filter.until);
        AuditFilter actor;
        fuzz::require(!filter.actorKind || actor.setActorFromWire(filter.actorToWire()));
        fuzz::require(actor.actorKind == filter.actorKind && actor.actorName == filter.actorName);
        HttpRequest written;
        written.query = QueryString::decode(filter.toQuery().toString(QUrl::FullyEncoded).toUtf8());
        FieldErrors none;
        const AuditFilter again = readAuditQuery(written, none);
        fuzz::require(again.actorKind == filter.actorKind && again.actorName == filter.actorName
                      && again.event == filter.event && again.workspaceId == filter.workspaceId);
    }

    if (page.cursorSeq > 0) {
        HttpRequest next;
        next.query = {{QStringLiteral("cursor"), PageRequest::encodeCursor(page.cursorSeq)}};
        FieldErrors none;
        fuzz::require(PageRequest::fromQuery(next, none).cursorSeq == page.cursorSeq
                      && none.isEmpty());
    }
    return 0;
}
