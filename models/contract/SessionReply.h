#pragma once

#include "Account.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace billing {

// A session as POST /api/v1/sessions answers it: {"token","expiresAt","account"}. The
// registration reply (POST /api/v1/accounts) carries one without "account" under "session".
struct SessionReply {
    QString token;
    QDateTime expiresAt;
    std::optional<Account> account;

    QJsonObject toJson() const; // "account" only when there is one
    // Nullopt without a token; an unreadable "expiresAt" or "account" is left empty.
    static std::optional<SessionReply> fromJson(const QJsonObject &object);
};

} // namespace billing
