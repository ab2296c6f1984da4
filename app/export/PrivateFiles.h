#pragma once

#include <QFileDevice>
#include <QString>

namespace billing {

// Files the client keeps for itself (offline copies, the change journal, server profiles)
// name servers, accounts and workspaces: readable by their user only, whatever the umask.
constexpr QFileDevice::Permissions kOwnerOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Creates `directory` with its missing parents; makes it and every folder it created
// owner-only (0700). False when it cannot be created or restricted.
bool makePrivateDirectory(const QString &directory);

// Makes an existing file owner-only (0600); false when that fails.
bool restrictToOwner(const QString &path);

} // namespace billing
