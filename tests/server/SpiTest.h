#pragma once

#include "HistoryTest.h"

namespace billing::test {

inline QPair<QString, QString> spiParam(const char *name, const QString &value)
{
    return {QString::fromLatin1(name), value};
}

// The base of the marketplace callback tests: two accounts, an Alibaba Cloud account ID of
// alice's (m_uid), signed calls, and the instances they make.
class SpiTest : public HistoryTest
{
protected:
    HttpReply spi(const QueryItems &params) { return callSpi(m_anon, params, m_server.spiKey()); }
    // createInstance for m_uid, with an expiredOn (Beijing time) when given: the instanceId.
    QString signedInstance(const QString &expiredOn = {});
    // The instance as alice sees it, naming m_uid.
    QJsonObject instance(const QString &id);
};

inline QString SpiTest::signedInstance(const QString &expiredOn)
{
    QueryItems params = createInstanceParams(m_uid, uniqueOrderId());
    if (!expiredOn.isEmpty())
        params << spiParam("expiredOn", expiredOn);
    const HttpReply reply = spi(params);
    if (reply.status != 200)
        qWarning("createInstance: %s", qPrintable(reply.describe()));
    return reply.object().value(QLatin1String("instanceId")).toString();
}

inline QJsonObject SpiTest::instance(const QString &id)
{
    QString error;
    const QJsonObject found = getAliyunInstance(m_alice, id, m_uid, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return found;
}

} // namespace billing::test
