#include "PageJob.h"

#include <QJsonObject>

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
    m_itemCount = m_bodyReader(body, &m_nextCursor, &m_total);
    return m_itemCount >= 0;
}

} // namespace billing
