#pragma once

#include <QString>
#include <QUrl>

namespace billing {

// Identifies one stored password: a user on a server. The keychain entry name is
// "username@normalised-url", so https://Billing.Example.com/ and https://billing.example.com
// share one entry while two users or two servers never do.
class CredentialKey
{
public:
    CredentialKey() = default;
    CredentialKey(const QUrl &serverUrl, const QString &username);

    QUrl serverUrl() const { return m_serverUrl; }
    QString username() const { return m_username; }

    // A username and an http(s) URL with a host.
    bool isValid() const;
    QString keychainKey() const;

    // scheme://host[:port][/path]: lowercase scheme and host, no default port, no user info,
    // query or fragment, no trailing slash.
    static QString normalisedUrl(const QUrl &url);

    friend bool operator==(const CredentialKey &a, const CredentialKey &b)
    {
        return a.keychainKey() == b.keychainKey();
    }

private:
    QUrl m_serverUrl;
    QString m_username;
};

} // namespace billing
