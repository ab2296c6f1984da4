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
    QUrlQuery toQuery() const;
};

} // namespace billing
