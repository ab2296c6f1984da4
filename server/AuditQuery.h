#pragma once

#include "FieldReader.h"
#include "HttpRequest.h"

#include <AuditFilter.h>

namespace billing::server {

// The filters of GET /api/v1/audit (since, until, workspaceId, actor, event) as the handler
// reads them; each bad value adds its reason to `errors`, under the parameter's name.
AuditFilter readAuditQuery(const HttpRequest &request, FieldErrors &errors);

} // namespace billing::server
