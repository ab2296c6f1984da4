#pragma once

#include "ClientError.h"
#include "PageJob.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <deque>

namespace billing {

class BillingClient;

// Streams every page of a list endpoint, reporting progress; at most BillingClient::maxPages
// pages, so a server whose list never ends cannot hold it. Pages are handed out in order.
// With read-ahead, the next page is asked for as soon as a page's head names it (Link,
// docs/api.md "Paging"), while that page's body is still arriving: one page ahead at most.
class PagedListJob : public QObject
{
    Q_OBJECT
public:
    PagedListJob(BillingClient &client, QString path, QUrlQuery filters, int pageSize,
                 bool authenticated = true, QObject *parent = nullptr);

    void start();
    void abort();
    bool ok() const { return m_finished && !m_error.isError(); }
    const ClientError &error() const { return m_error; }
    qint64 received() const { return m_received; }
    qint64 total() const { return m_total; }

Q_SIGNALS:
    // The page's items; empty when a body reader (setBodyReader) took them.
    void pageReceived(const QJsonArray &items);
    void progress(qint64 received, qint64 total);
    void finished();

protected:
    // Every page goes to `reader` instead of QJsonDocument (see PageJob::BodyReader), in
    // page order.
    void setBodyReader(PageJob::BodyReader reader) { m_bodyReader = std::move(reader); }
    // Needs a body reader (the JSON items of pages read ahead are not kept).
    void setReadAhead(bool readAhead) { m_readAhead = readAhead; }

private:
    struct Page {
        QPointer<PageJob> job;
        bool done = false;
        QString nextAsked; // the cursor the page read ahead was asked with
    };

    void requestPage(const QString &cursor);
    void onAnnounced(PageJob *job, const QString &cursor);
    void deliverFinishedPages();
    bool deliver(const Page &page); // false once the list has finished
    void finishWith(const ClientError &error);
    void dropPagesInFlight();

    PageJob::BodyReader m_bodyReader;

    BillingClient &m_client;
    QString m_path;
    QUrlQuery m_filters;
    int m_pageSize;
    bool m_authenticated;
    bool m_readAhead = false;
    std::deque<Page> m_inFlight; // oldest first
    ClientError m_error;
    qint64 m_received = 0;
    qint64 m_total = -1;
    int m_pages = 0;     // handed out
    int m_requested = 0; // asked for
    bool m_finished = false;
    bool m_delivering = false;
};

} // namespace billing
