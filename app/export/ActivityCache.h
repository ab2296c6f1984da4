#pragma once

#include "AuditFilter.h"
#include "ProfileCacheFile.h"
#include "SettlementEvent.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace billing {

// The offline copy of one profile's activity (docs/export.md): every event the audit reads
// returned, merged by id (events are never edited or deleted, so reads never contradict
// each other), and the periods for which the copy holds every event: those read without a
// workspace, actor or event filter, up to the moment the read began. One JSON file per
// profile next to the workspace cache, written atomically, stamped with the last read.
class ActivityCache
{
public:
    struct Period {
        QDateTime since; // inclusive
        QDateTime until; // exclusive
        friend bool operator==(const Period &, const Period &) = default;
    };

    struct Contents {
        QDateTime syncedAt;            // when the last read began
        QList<SettlementEvent> events; // newest first
        QList<Period> complete;        // in order, neither overlapping nor touching

        // The events the filter matches, newest first.
        QList<SettlementEvent> select(const AuditFilter &filter) const;
        // True when every event of [since, until) that happened before syncedAt is here.
        bool holdsAllOf(const QDateTime &since, const QDateTime &until) const;
    };

    ActivityCache(const QString &directory, const QUrl &server, const QString &username);

    // Adds what one read returned: `events` for `filter`, read from `readAt` on. A copy
    // that cannot be read is replaced by this read. False with *error (translated) when
    // the file cannot be written; the old copy then stays as it was.
    bool record(const AuditFilter &filter, const QList<SettlementEvent> &events,
                const QDateTime &readAt, QString *error = nullptr);
    // Nullopt when there is no copy (error stays empty) or it cannot be read (error set).
    std::optional<Contents> load(QString *error = nullptr) const;
    QString filePath() const;

private:
    ProfileCacheFile m_file;
};

} // namespace billing
