#include "PagedListJob.h"

#include "BillingClient.h"

#include <QLoggingCategory>
#include <QScopedValueRollback>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace billing {

PagedListJob::PagedListJob(BillingClient &client, QString path, QUrlQuery filters, int pageSize,
                           bool authenticated, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(std::move(path))
    , m_filters(std::move(filters))
    , m_pageSize(pageSize)
    , m_authenticated(authenticated)
{}

void PagedListJob::start()
{
    requestPage({});
}

void PagedListJob::abort()
{
    // Also from a pageReceived() receiver, when the page after it has already arrived.
    if (!m_finished)
        finishWith(ClientError::make(ClientError::Kind::Cancelled, QStringLiteral("aborted")));
}

void PagedListJob::requestPage(const QString &cursor)
{
    QUrlQuery query = m_filters;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    auto *job = new PageJob(m_client, m_path, query, m_authenticated, this);
    if (m_bodyReader)
        job->setBodyReader(m_bodyReader);
    const bool readAhead = m_readAhead && m_bodyReader;
    if (readAhead) {
        job->keepBodyUnread();
        connect(job, &PageJob::nextPageAnnounced, this,
                [this, job](const QString &next) { onAnnounced(job, next); });
    }
    m_inFlight.push_back(Page{job, false, {}});
    ++m_requested;
    connect(job, &ApiJob::finished, this, [this, job] {
        for (Page &page : m_inFlight) {
            if (page.job == job)
                page.done = true;
        }
        deliverFinishedPages();
    });
    job->start();
}

void PagedListJob::onAnnounced(PageJob *job, const QString &cursor)
{
    // Only from the newest page, once, and never past the page limit.
    if (m_finished || m_inFlight.empty() || m_inFlight.back().job != job
        || !m_inFlight.back().nextAsked.isEmpty() || m_requested >= m_client.maxPages)
        return;
    m_inFlight.back().nextAsked = cursor;
    requestPage(cursor);
}

void PagedListJob::deliverFinishedPages()
{
    // A receiver that runs the event loop (a dialog) may see the next page finish: it is
    // handed out after the receiver returns, by the loop below.
    if (m_delivering)
        return;
    const QScopedValueRollback<bool> delivering(m_delivering, true);
    while (!m_finished && !m_inFlight.empty() && m_inFlight.front().done) {
        const Page page = m_inFlight.front();
        m_inFlight.pop_front();
        page.job->deleteLater();
        if (!deliver(page))
            return;
    }
}

bool PagedListJob::deliver(const Page &page)
{
    PageJob &job = *page.job;
    if (!job.ok()) {
        finishWith(job.error());
        return false;
    }
    if (!job.readKeptBody()) {
        ClientError error =
            ClientError::make(ClientError::Kind::BadReply,
                              QStringLiteral("unexpected body for HTTP %1").arg(job.httpStatus()));
        error.httpStatus = job.httpStatus();
        finishWith(error);
        return false;
    }
    ++m_pages;
    m_received += job.itemCount();
    m_total = std::max(job.total(), m_received);
    Q_EMIT pageReceived(job.items());
    Q_EMIT progress(m_received, m_total);
    if (m_finished) // a receiver aborted
        return false;
    if (job.nextCursor().isEmpty()) {
        finishWith({});
        return false;
    }
    if (m_pages >= m_client.maxPages) {
        qCWarning(lcNet) << m_path << "still had a next page after" << m_pages << "pages";
        ClientError error = ClientError::make(ClientError::Kind::TooManyPages,
                                              QStringLiteral("no end after %1 pages").arg(m_pages));
        error.limit = m_client.maxPages;
        finishWith(error);
        return false;
    }
    if (page.nextAsked != job.nextCursor()) {
        // Not asked for ahead, or asked with another cursor than the body names.
        dropPagesInFlight();
        requestPage(job.nextCursor());
    }
    return true;
}

void PagedListJob::finishWith(const ClientError &error)
{
    m_error = error;
    m_finished = true;
    dropPagesInFlight();
    Q_EMIT finished();
}

void PagedListJob::dropPagesInFlight()
{
    for (const Page &page : std::exchange(m_inFlight, {})) {
        if (!page.job)
            continue;
        page.job->disconnect(this);
        page.job->abort();
        page.job->deleteLater();
    }
}

} // namespace billing
