#pragma once

#include <QString>
#include <QUrlQuery>

namespace billing {

// Filters of GET /api/v1/workspaces; empty members are not sent.
struct WorkspaceListQuery {
    QString site;
    QString method;
    QString status;
    QString nameContains;
    // A syncToken: only what changed since (no other filter may be set with it).
    QString changedSince;
    QUrlQuery toQuery() const;
};

} // namespace billing
