#include "BillReader.h"

#include "BillLineListJob.h"
#include "ExportLog.h"
#include "Rfc3339.h"
#include "WorkspaceCache.h"

namespace billing {

BillReader::BillReader(const BillCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{}

void BillReader::readOnline(BillingClient &client)
{
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    auto *job = new BillLineListJob(client, BillLineFilter{m_cache.month(), {}, {}, {}, {}}, this);
    m_job = job;
    connect(job, &PagedListJob::finished, this, [this, job, startedAt] {
        job->deleteLater();
        if (job != m_job) // aborted, and another read started since
            return;
        if (!job->ok()) {
            Q_EMIT failed(job->error());
            return;
        }
        Result result{job->lines(), startedAt, false, {}, {}};
        if (job->unreadable() > 0)
            result.warnings.append(tr("%n bill line(s) in an unknown form could not be read and "
                                      "are not in the export.",
                                      nullptr, job->unreadable()));
        QString error;
        if (!m_cache.save(result.lines, startedAt, &error))
            result.warnings.append(tr("Warning: the offline copy was not updated: %1").arg(error));
        qCDebug(lcExport) << "read" << result.lines.size() << "bill lines of" << m_cache.month();
        Q_EMIT read(result);
    });
    job->start();
}

void BillReader::abort()
{
    if (m_job)
        m_job->abort();
}

std::optional<BillReader::Result> BillReader::readCopy(const QString &reason, QString *error,
                                                       bool *noCopy) const
{
    QString problem;
    const auto contents = m_cache.load(&problem);
    if (noCopy)
        *noCopy = !contents && problem.isEmpty();
    if (!contents) {
        *error = problem.isEmpty() ? tr("There is no offline copy of the bill %1: export it once "
                                        "while the server can be reached.")
                                         .arg(m_cache.month())
                                   : problem;
        return std::nullopt;
    }
    return fromCopy(*contents, m_cache.month(), reason);
}

BillReader::Result BillReader::fromCopy(const BillCache::Contents &copy, const QString &month,
                                        const QString &reason)
{
    Result result{copy.lines, copy.syncedAt, true, {}, {}};
    QStringList notice;
    if (!reason.isEmpty())
        notice.append(reason);
    notice.append(tr("Using the offline copy of the bill %1 synced %2 ago (%3): days settled "
                     "since then are not included.")
                      .arg(month, describeAge(copy.syncedAt), rfc3339::format(copy.syncedAt)));
    result.notice = notice.join(u' ');
    return result;
}

} // namespace billing
