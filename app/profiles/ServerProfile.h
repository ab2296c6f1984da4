#pragma once

#include <QString>
#include <QUrl>

namespace billing {

// A server the user can sign in to. Holds no secret: the password lives in the keychain
// under CredentialKey(url, username).
struct ServerProfile {
    QString id;
    QString name;
    QUrl url;
    QString username;
    bool sandbox = false;

    friend bool operator==(const ServerProfile &, const ServerProfile &) = default;
};

} // namespace billing
