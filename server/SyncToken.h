#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace billing::server {

// The opaque `syncToken` of the workspace list: the sync clock's value (see migration 6) in
// this database's epoch, and when it was handed out. "s1.<epoch>.<value>.<issued>".
struct SyncToken {
    QString epoch;
    qint64 value = 0;
    QDateTime issuedAt;

    // Tokens live 30 days of server time; older ones call for a full load.
    static constexpr qint64 kLifetimeSeconds = 30 * 24 * 60 * 60;

    QString encode() const;
    static std::optional<SyncToken> decode(const QString &text); // nullopt: not a token
    // Why `given` cannot be used against `current` (another database, ahead of it, too
    // old); empty when it can.
    static QString problem(const SyncToken &given, const SyncToken &current);
};

} // namespace billing::server
