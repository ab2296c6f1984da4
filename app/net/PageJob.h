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
    // The body is kept as it came and read only by readKeptBody(): pages asked for ahead
    // may finish out of order, their reader must see them in order.
    void keepBodyUnread() { m_keepBody = true; }
    // False when the kept body is not a page (as a failed read would have been).
    bool readKeptBody();
    const QJsonArray &items() const { return m_items; }
    qsizetype itemCount() const { return m_bodyReader ? m_itemCount : m_items.size(); }
    QString nextCursor() const { return m_nextCursor; }
    qint64 total() const { return m_total; }

Q_SIGNALS:
    // The answer's head named the next page (Link: <…cursor=…>; rel="next", docs/api.md):
    // it may be asked for now, before this body has arrived. At most once per job.
    void nextPageAnnounced(const QString &cursor);

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;
    bool parseSuccessBody(int status, const QByteArray &body) override;
    void headReceived(const QNetworkReply &reply) override;

private:
    BodyReader m_bodyReader;
    QByteArray m_keptBody;
    bool m_keepBody = false;
    bool m_announced = false;
    QJsonArray m_items;
    qsizetype m_itemCount = 0;
    QString m_nextCursor;
    qint64 m_total = -1;
};

} // namespace billing
