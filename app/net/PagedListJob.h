#pragma once

#include "ClientError.h"
#include "PageJob.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

namespace billing {

class BillingClient;

// Streams every page of a list endpoint, one request after another, reporting progress;
// at most BillingClient::maxPages pages, so a server whose list never ends cannot hold it.
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
    // Every page goes to `reader` instead of QJsonDocument (see PageJob::BodyReader).
    void setBodyReader(PageJob::BodyReader reader) { m_bodyReader = std::move(reader); }

private:
    void requestPage(const QString &cursor);

    PageJob::BodyReader m_bodyReader;

    BillingClient &m_client;
    QString m_path;
    QUrlQuery m_filters;
    int m_pageSize;
    bool m_authenticated;
    QPointer<PageJob> m_current;
    ClientError m_error;
    qint64 m_received = 0;
    qint64 m_total = -1;
    int m_pages = 0;
    bool m_finished = false;
};

} // namespace billing
