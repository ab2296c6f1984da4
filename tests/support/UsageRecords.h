#pragma once

#include "HttpClient.h"

#include <QDate>
#include <QJsonArray>
#include <QStringList>

namespace billing::test {

// POST /api/v1/usage with the sandbox's collector key: empty, or what went wrong (a reply that
// is not 200 or that rejects a record).
QString postUsage(HttpClient &client, const QJsonArray &records);

// Usage of every workspace (objects with "id") and item on `day`, 5 000 records a request;
// the quantity of workspace i and item j is 1000 + 7 i + j. Empty, or what went wrong.
QString sendUsageOf(HttpClient &client, const QJsonArray &workspaces, const QDate &day,
                    const QStringList &items);

} // namespace billing::test
