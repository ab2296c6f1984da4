#pragma once

#include "FieldReader.h"

#include <SettlementChange.h>

#include <optional>

namespace billing::server {

namespace SettlementInput {

// Checks method, the binding fields the method has (SettlementBinding) and, when asked,
// expectedVersion, with the same identifier parsers the client uses; reasons go to the
// reader's errors. The change itself is read by SettlementChange::fromJson, so it is
// normalised the contract's way. Unknown fields are the caller's business (it knows which
// other fields belong to the object).
std::optional<SettlementChange> read(FieldReader &reader, bool withExpectedVersion);

} // namespace SettlementInput
} // namespace billing::server
