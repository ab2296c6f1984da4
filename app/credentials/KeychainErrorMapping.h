#pragma once

#include "CredentialResult.h"

#include <qt6keychain/keychain.h>

namespace billing {

// How a QtKeychain error reads to us. OtherError is NoBackend when its text shows that
// D-Bus could not be reached or autolaunched, or that no Secret Service answers on it.
CredentialResult::Status credentialStatusFor(QKeychain::Error error, const QString &errorText);

// The text of a D-Bus / Secret Service connection failure (GDBus, QtDBus or QtKeychain).
bool isMissingBackendText(const QString &errorText);

} // namespace billing
