#pragma once

#include "FieldReader.h"

#include <Registration.h>

#include <optional>

namespace billing {
class SiteTable;
}

namespace billing::server::RegistrationInput {

// Checks every field of POST /api/v1/accounts (FieldRules, with the server's reasons, the
// site, a non-blank code, accepted terms); reasons go to the reader's errors. The
// registration is read by Registration::fromJson once every field passed.
std::optional<Registration> read(FieldReader &reader, const SiteTable &sites);

} // namespace billing::server::RegistrationInput
