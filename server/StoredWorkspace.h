#pragma once

#include <Workspace.h>

#include <QDateTime>
#include <QString>

namespace billing::server {

// A workspace row: the contract object plus what the server keeps beside it.
// workspace.nextChangeAllowedAt is derived from lastUserChangeAt when presented.
struct StoredWorkspace {
    qint64 seq = 0; // creation order, the paging key
    QString accountId;
    Workspace workspace;
    QDateTime
        lastUserChangeAt;    // the last change a user made (creation and system switches are not)
    qint64 lastEventSeq = 0; // its newest history event (0: none)
    qint64 changeSeq = 0;    // the sync clock's value at its last insert or update
};

} // namespace billing::server
