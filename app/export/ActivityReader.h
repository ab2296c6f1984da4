#pragma once

#include "ActivityCache.h"
#include "AuditFilter.h"
#include "ClientError.h"
#include "SettlementEvent.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace billing {

class BillingClient;
class EventListJob;

// Reads the account's activity for an export (docs/export.md): from the server through
// EventListJob::audit, recording what was read in the profile's offline copy, or from that
// copy. Which of the two is the caller's decision (the offline rules of `export`).
class ActivityReader : public QObject
{
    Q_OBJECT

public:
    struct Result {
        QList<SettlementEvent> events; // newest first
        QDateTime syncedAt;            // from the copy: when it was read
        bool fromCache = false;
        // From the copy: how old it is and what may be missing (translated).
        QString notice;
        // From the server: events that could not be read, an offline copy not updated.
        QStringList warnings;
    };

    ActivityReader(const ActivityCache &cache, QObject *parent = nullptr);

    // Emits read() or failed() once.
    void readOnline(BillingClient &client, const AuditFilter &filter);
    void abort();
    // The copy's events for the filter. `reason` (why the copy is used) starts the notice.
    // Nullopt with *error (translated) when there is no copy (then *noCopy) or it is damaged.
    std::optional<Result> readCopy(const AuditFilter &filter, const QString &reason, QString *error,
                                   bool *noCopy = nullptr) const;
    // The same from a copy already loaded.
    static Result fromCopy(const ActivityCache::Contents &copy, const AuditFilter &filter,
                           const QString &reason);
    static QString noCopyMessage();
    const ActivityCache &cache() const { return m_cache; }

Q_SIGNALS:
    void read(const billing::ActivityReader::Result &result);
    void failed(const billing::ClientError &error);

private:
    ActivityCache m_cache;
    QPointer<EventListJob> m_job;
};

} // namespace billing
