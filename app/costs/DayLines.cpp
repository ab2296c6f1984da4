#include "DayLines.h"

#include "BillLineListJob.h"

namespace billing {

DayLines::DayLines(BillingClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void DayLines::show(const QDate &day)
{
    dropJob();
    m_day = day;
    m_lines.clear();
    m_error = {};
    BillLineFilter filter;
    filter.month = day.toString(QStringLiteral("yyyy-MM"));
    auto *job = new BillLineListJob(m_client, filter, this);
    m_job = job;
    connect(job, &PagedListJob::finished, this, [this, job] { take(job); });
    // Lines come day by day: once a later day shows up, the day's lines are all here.
    connect(job, &PagedListJob::progress, this, [this, job] {
        if (!job->lines().isEmpty() && job->lines().constLast().day > m_day)
            take(job);
    });
    job->start();
    Q_EMIT changed();
}

void DayLines::take(BillLineListJob *job)
{
    m_error = job->error();
    for (const BillLine &line : job->lines()) {
        if (line.day == m_day)
            m_lines.append(line);
    }
    dropJob();
    Q_EMIT changed();
}

void DayLines::clear()
{
    dropJob();
    m_day = {};
    m_lines.clear();
    m_error = {};
    Q_EMIT changed();
}

void DayLines::dropJob()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->abort();
    m_job->deleteLater();
    m_job.clear();
}

qint64 DayLines::totalCents() const
{
    qint64 sum = 0;
    for (const BillLine &line : m_lines)
        sum += line.amountCents;
    return sum;
}

} // namespace billing
