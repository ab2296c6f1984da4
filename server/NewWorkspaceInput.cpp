#include "NewWorkspaceInput.h"

#include "InputRules.h"
#include "SettlementInput.h"

#include <SiteTable.h>

namespace billing::server::NewWorkspaceInput {

std::optional<NewWorkspace> read(FieldReader &reader, const SiteTable &sites)
{
    reader.string("name", InputRules::checkWorkspaceName);
    if (const auto site = reader.string("site"); site && !sites.contains(*site))
        reader.fail("site", QStringLiteral("Unknown site."));
    reader.string("language", InputRules::checkLanguage);
    if (const auto settlement = reader.object("settlement")) {
        FieldReader inner = reader.nested(*settlement, "settlement");
        inner.rejectUnknown(NewWorkspace::settlementKeys());
        SettlementInput::read(inner, false);
    }
    reader.boolean("createBillingCenterAccount", false);
    if (reader.hasErrors())
        return std::nullopt;
    return NewWorkspace::fromJson(reader.json());
}

} // namespace billing::server::NewWorkspaceInput
