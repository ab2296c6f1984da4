#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace billing::server {

// Sessions are kept by the SHA-256 of their token only; the token itself is never stored.
class SessionStore
{
public:
    virtual ~SessionStore() = default;

    virtual void insert(const QByteArray &tokenHash, const QString &accountId,
                        const QDateTime &createdAt, const QDateTime &expiresAt) = 0;
    // The account of a session that has not expired at `now`.
    virtual std::optional<QString> findAccount(const QByteArray &tokenHash,
                                               const QDateTime &now) = 0;
    virtual void remove(const QByteArray &tokenHash) = 0;
    virtual int purgeExpired(const QDateTime &now) = 0;
};

} // namespace billing::server
