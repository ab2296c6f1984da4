#pragma once

#include "FieldReader.h"

#include <NewWorkspace.h>

#include <optional>

namespace billing {
class SiteTable;
}

namespace billing::server::NewWorkspaceInput {

// Checks every field of POST /api/v1/workspaces (name and language by FieldRules, the site,
// the settlement by SettlementInput under "settlement."); reasons go to the reader's errors.
// The workspace is read by NewWorkspace::fromJson once every field passed.
std::optional<NewWorkspace> read(FieldReader &reader, const SiteTable &sites);

} // namespace billing::server::NewWorkspaceInput
