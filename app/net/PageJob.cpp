#include "PageJob.h"

#include "NextPageLink.h"

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
    const QString cursor = NextPageLink::cursor(reply.rawHeader("Link"));
    if (cursor.isEmpty())
        return;
    m_announced = true;
    Q_EMIT nextPageAnnounced(cursor);
}

} // namespace billing
