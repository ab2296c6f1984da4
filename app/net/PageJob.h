#pragma once

#include "ApiJob.h"

#include <QByteArrayView>
#include <QJsonArray>

#include <functional>

namespace billing {

// GET of one page of a list endpoint: {"items","nextCursor","total"}.
class PageJob : public ApiJob
{
    Q_OBJECT
public:
    // Reads a page without QJsonDocument: keeps what it needs of the items itself and
    // returns how many there were (-1: not a page), setting *nextCursor and *total.
    using BodyReader =
        std::function<qsizetype(QByteArrayView body, QString *nextCursor, qint64 *total)>;

    PageJob(BillingClient &client, const QString &path, QUrlQuery query, bool authenticated,
            QObject *parent = nullptr);

    // With a reader, items() stays empty and itemCount() is the reader's count.
    void setBodyReader(BodyReader reader) { m_bodyReader = std::move(reader); }
    const QJsonArray &items() const { return m_items; }
    qsizetype itemCount() const { return m_bodyReader ? m_itemCount : m_items.size(); }
    QString nextCursor() const { return m_nextCursor; }
    qint64 total() const { return m_total; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;
    bool parseSuccessBody(int status, const QByteArray &body) override;

private:
    BodyReader m_bodyReader;
    QJsonArray m_items;
    qsizetype m_itemCount = 0;
    QString m_nextCursor;
    qint64 m_total = -1;
};

// Streams every page of a list endpoint, one request after another, reporting progress.
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
    bool m_finished = false;
};

} // namespace billing
