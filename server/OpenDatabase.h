#pragma once

#include "Database.h"
#include "DatabaseLocation.h"

#include <memory>

namespace billing::server {

// Who a connection serves: the requests' event loop, or a background thread (the settlement)
// that must step aside for the requests.
enum class ConnectionRole { Requests, Background };

// A connection to `location` on its engine, opened and migrated; nullptr with *error.
std::unique_ptr<Database> openDatabase(const DatabaseLocation &location, ConnectionRole role,
                                       QString *error);

} // namespace billing::server
