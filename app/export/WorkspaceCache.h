#pragma once

#include "ProfileCacheFile.h"
#include "Workspace.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace billing {

// The last synced workspace list of one profile (server + username), for offline export
// and validation. One JSON Lines file per profile (docs/export.md), written atomically,
// stamped with the sync time; it holds what the server returned for the workspaces and its
// sync token (where a delta sync continues), never a password or a session token.
class WorkspaceCache
{
public:
    // <AppLocalDataLocation>/cache
    static QString defaultDirectory();

    WorkspaceCache(const QString &directory, const QUrl &server, const QString &username);

    struct Contents {
        QUrl server;
        QString username;
        QDateTime syncedAt;
        QString syncToken; // where a delta sync continues from (empty: a full load)
        QList<Workspace> workspaces;
    };

    // Replaces the cached list atomically (QSaveFile); creates the directory if needed.
    bool save(const QList<Workspace> &workspaces, const QDateTime &syncedAt,
              QString *error = nullptr) const;
    // The same, with the list's syncToken (docs/api.md, Delta sync).
    bool save(const QList<Workspace> &workspaces, const QDateTime &syncedAt,
              const QString &syncToken, QString *error) const;
    // nullopt when there is no cache (error stays empty) or it cannot be read (error set).
    // Read with simdjson: 100 000 workspaces in about a tenth of a second.
    std::optional<Contents> load(QString *error = nullptr) const;
    QString filePath() const;

private:
    ProfileCacheFile m_file;
    ProfileCacheFile m_legacyFile; // version 1, read only
    QString m_username;
};

// "3 minutes", "2 hours", "5 days": how long ago `syncedAt` was at `now`, translated.
QString describeAge(const QDateTime &syncedAt,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace billing
