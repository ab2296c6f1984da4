#pragma once

#include <Account.h>

#include <QByteArray>

namespace billing::server {

// What login needs besides the account: the libsodium password hash string.
struct AccountCredentials {
    Account account;
    QByteArray passwordHash;
};

} // namespace billing::server
