#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace billing::server {

// A mail the server sent: stored for notifications and the sandbox mailbox.
struct MailMessage {
    qint64 seq = 0;    // storage order, newest is highest
    QString id;        // "ntf_" + 16 hex
    QString accountId; // empty for mail to an address without an account (verification codes)
    QString to;
    QString subject;
    QString body;
    QDateTime createdAt;
};

QJsonObject toJson(const MailMessage &mail);

} // namespace billing::server
