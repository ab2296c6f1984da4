#pragma once

#include "JsonBody.h"

#include <SettlementChange.h>

#include <optional>

namespace billing::server {

namespace SettlementInput {

// Reads method, aliyunAccountId, instanceId (and expectedVersion when asked; not workspaceId) with
// the same identifier parsers the client uses; reasons go to the reader's errors. Unknown fields
// are the caller's business (it knows which other fields belong to the object).
std::optional<SettlementChange> read(FieldReader &reader, bool withExpectedVersion);

} // namespace SettlementInput
} // namespace billing::server
