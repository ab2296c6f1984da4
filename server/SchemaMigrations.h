#pragma once

#include <QList>
#include <QStringList>

namespace billing::server {

// The database schema as an ordered list of migrations; migration i brings PRAGMA
// user_version from i to i + 1. Append new migrations, never edit shipped ones.
class SchemaMigrations
{
public:
    static const QList<QStringList> &all();
    static int latestVersion() { return int(all().size()); }
};

} // namespace billing::server
