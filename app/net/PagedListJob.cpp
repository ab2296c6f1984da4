#include "PagedListJob.h"

#include "BillingClient.h"

#include <QLoggingCategory>

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
    if (m_current)
        m_current->abort();
}

void PagedListJob::requestPage(const QString &cursor)
{
    QUrlQuery query = m_filters;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    auto *page = new PageJob(m_client, m_path, query, m_authenticated, this);
    if (m_bodyReader)
        page->setBodyReader(m_bodyReader);
    m_current = page;
    connect(page, &ApiJob::finished, this, [this, page] {
        page->deleteLater();
        if (!page->ok()) {
            m_error = page->error();
            m_finished = true;
            Q_EMIT finished();
            return;
        }
        ++m_pages;
        m_received += page->itemCount();
        m_total = std::max(page->total(), m_received);
        Q_EMIT pageReceived(page->items());
        Q_EMIT progress(m_received, m_total);
        if (page->nextCursor().isEmpty()) {
            m_finished = true;
            Q_EMIT finished();
        } else if (m_pages >= m_client.maxPages) {
            qCWarning(lcNet) << m_path << "still had a next page after" << m_pages << "pages";
            m_error = ClientError::make(ClientError::Kind::TooManyPages,
                                        QStringLiteral("no end after %1 pages").arg(m_pages));
            m_error.limit = m_client.maxPages;
            m_finished = true;
            Q_EMIT finished();
        } else {
            requestPage(page->nextCursor());
        }
    });
    page->start();
}

} // namespace billing
