#include "ActivityReader.h"

#include "EventListJob.h"
#include "ExportLog.h"
#include "Rfc3339.h"
#include "WorkspaceCache.h"

namespace billing {

ActivityReader::ActivityReader(const ActivityCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{}

void ActivityReader::readOnline(BillingClient &client, const AuditFilter &filter)
{
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    EventListJob *job = EventListJob::audit(client, filter, this);
    m_job = job;
    connect(job, &PagedListJob::finished, this, [this, job, filter, startedAt] {
        job->deleteLater();
        if (job != m_job) // aborted, and another read started since
            return;
        if (!job->ok()) {
            Q_EMIT failed(job->error());
            return;
        }
        Result result{job->events(), startedAt, false, {}, {}};
        if (job->unreadable() > 0)
            result.warnings.append(tr("%n event(s) in an unknown form could not be read and are "
                                      "not in the export.",
                                      nullptr, job->unreadable()));
        QString error;
        if (!m_cache.record(filter, result.events, startedAt, &error))
            result.warnings.append(tr("Warning: the offline copy was not updated: %1").arg(error));
        qCDebug(lcExport) << "read" << result.events.size() << "events";
        Q_EMIT read(result);
    });
    job->start();
}

void ActivityReader::abort()
{
    if (m_job)
        m_job->abort();
}

QString ActivityReader::noCopyMessage()
{
    return tr("There is no offline copy of the activity: export it once while the server can "
              "be reached.");
}

std::optional<ActivityReader::Result> ActivityReader::readCopy(const AuditFilter &filter,
                                                               const QString &reason,
                                                               QString *error, bool *noCopy) const
{
    QString problem;
    const auto contents = m_cache.load(&problem);
    if (noCopy)
        *noCopy = !contents && problem.isEmpty();
    if (!contents) {
        *error = problem.isEmpty() ? noCopyMessage() : problem;
        return std::nullopt;
    }
    return fromCopy(*contents, filter, reason);
}

ActivityReader::Result ActivityReader::fromCopy(const ActivityCache::Contents &copy,
                                                const AuditFilter &filter, const QString &reason)
{
    Result result{copy.select(filter), copy.syncedAt, true, {}, {}};
    QStringList notice;
    if (!reason.isEmpty())
        notice.append(reason);
    notice.append(tr("Using the offline copy of the activity synced %1 ago (%2): %n event(s) in "
                     "this period; events since then are not included.",
                     nullptr, int(result.events.size()))
                      .arg(describeAge(copy.syncedAt), rfc3339::format(copy.syncedAt)));
    if (!copy.holdsAllOf(filter.since, filter.until))
        notice.append(tr("Parts of this period were never read from the server in full, so "
                         "some of their events may be missing."));
    result.notice = notice.join(u' ');
    return result;
}

} // namespace billing
