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

} // namespace billing
