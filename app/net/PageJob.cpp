#include "PageJob.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

#include <utility>

namespace billing {

PageJob::PageJob(BillingClient &client, const QString &path, QUrlQuery query, bool authenticated,
                 QObject *parent)
    : ApiJob(client, "GET", path, authenticated ? Auth::Bearer : Auth::None, parent)
{
    setQuery(query);
}

bool PageJob::parseSuccess(int, const QJsonDocument &body)
{
    const QJsonObject object = body.object();
    if (!object.value(u"items").isArray())
        return false;
    m_items = object.value(u"items").toArray();
    m_nextCursor = object.value(u"nextCursor").toString();
    m_total = object.value(u"total").toInteger(-1);
    return true;
}

bool PageJob::parseSuccessBody(int status, const QByteArray &body)
{
    if (!m_bodyReader)
        return ApiJob::parseSuccessBody(status, body);
    if (m_keepBody) {
        m_keptBody = body; // shared, not copied
        return true;
    }
    m_itemCount = m_bodyReader(body, &m_nextCursor, &m_total);
    return m_itemCount >= 0;
}

bool PageJob::readKeptBody()
{
    if (!m_keepBody || !m_bodyReader)
        return true;
    m_itemCount = m_bodyReader(std::exchange(m_keptBody, {}), &m_nextCursor, &m_total);
    return m_itemCount >= 0;
}

void PageJob::headReceived(const QNetworkReply &reply)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_announced || status < 200 || status >= 300)
        return;
    // Link: <URI>; rel="next" (one link; this server sends no other).
    const QByteArray link = reply.rawHeader("Link");
    const qsizetype open = link.indexOf('<');
    const qsizetype close = link.indexOf('>', open + 1);
    if (open < 0 || close < 0 || !link.mid(close + 1).contains("rel=\"next\""))
        return;
    const QUrl next = QUrl::fromEncoded(link.mid(open + 1, close - open - 1));
    const QString cursor =
        QUrlQuery(next).queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    if (cursor.isEmpty())
        return;
    m_announced = true;
    Q_EMIT nextPageAnnounced(cursor);
}

} // namespace billing
