#pragma once

#include "ApiJob.h"

#include <QJsonArray>

namespace billing {

// GET of one page of a list endpoint: {"items","nextCursor","total"}.
class PageJob : public ApiJob
{
    Q_OBJECT
public:
    PageJob(BillingClient &client, const QString &path, QUrlQuery query, bool authenticated,
            QObject *parent = nullptr);

    const QJsonArray &items() const { return m_items; }
    QString nextCursor() const { return m_nextCursor; }
    qint64 total() const { return m_total; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    QJsonArray m_items;
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
    void pageReceived(const QJsonArray &items);
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void requestPage(const QString &cursor);

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
