#pragma once

#include <AliyunInstance.h>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace billing::server {

// A marketplace instance as stored: the contract object plus what only the server keeps.
struct StoredInstance {
    AliyunInstance instance; // boundWorkspaces is filled in when presented
    QString orderId;
    QString templateName;
    QJsonObject extra; // further parameters the marketplace sent, kept for audit
    QDateTime createdAt;
    QDateTime updatedAt;

    // The contract object, with boundWorkspaces counted by the caller.
    QJsonObject toJson(qint64 boundWorkspaces) const
    {
        AliyunInstance presented = instance;
        presented.boundWorkspaces = int(boundWorkspaces);
        return billing::toJson(presented);
    }
};

} // namespace billing::server
