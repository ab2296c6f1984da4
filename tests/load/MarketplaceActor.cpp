#include "MarketplaceActor.h"

#include "ApiHelpers.h"
#include "HttpClient.h"
#include "LoadStats.h"

#include <QDateTime>
#include <QJsonObject>

namespace billing::load {

MarketplaceActor::MarketplaceActor(const QUrl &baseUrl, const QByteArray &spiKey, LoadStats &stats,
                                   int lanes, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_spiKey(spiKey)
    , m_stats(stats)
    , m_lanes(lanes)
    , m_random(seed)
    , m_aliUid(billing::test::uniqueUid())
{}

void MarketplaceActor::start()
{
    for (int lane = 0; lane < m_lanes; ++lane)
        next();
}

void MarketplaceActor::next()
{
    if (m_stopping) {
        if (m_inFlight == 0)
            Q_EMIT finished();
        return;
    }
    ++m_inFlight;
    if (m_orders.size() < 5 || m_random.bounded(100) < 40)
        create();
    else
        renewOrExpire();
}

void MarketplaceActor::call(const QString &kind, const QList<QPair<QString, QString>> &params,
                            std::function<bool(const AsyncReply &)> check)
{
    QList<QPair<QString, QString>> stamped = params;
    stamped << qMakePair(u"timeStamp"_qs,
                         billing::test::beijingTime(QDateTime::currentDateTimeUtc()));
    QUrl url = m_baseUrl;
    url.setPath(u"/spi/aliyun"_qs);
    url.setQuery(QString::fromLatin1(
        billing::test::HttpClient::encodeQuery(billing::test::signedSpi(stamped, m_spiKey))));
    sendAsync(m_nam, "GET", url, {}, {}, [this, kind, check](const AsyncReply &reply) {
        m_stats.record(kind, reply.latencyUs, reply.outcome(), check(reply));
        --m_inFlight;
        next();
    });
}

void MarketplaceActor::create()
{
    const bool repeat = !m_orders.isEmpty() && m_random.bounded(100) < 15;
    const QString order = repeat ? m_orders.at(int(m_random.bounded(m_orders.size())))
                                 : billing::test::uniqueOrderId();
    call(repeat ? u"SPI createInstance (repeat)"_qs : u"SPI createInstance"_qs,
         billing::test::createInstanceParams(m_aliUid, order), [this, order](const AsyncReply &r) {
             const QString id = r.json.object().value(u"instanceId").toString();
             if (r.status != 200 || id.isEmpty())
                 return false;
             const auto known = m_instanceByOrder.constFind(order);
             if (known != m_instanceByOrder.cend() && *known != id) {
                 m_stats.failure(u"createInstance repeated for an order gave another instance"_qs);
                 return false;
             }
             if (known == m_instanceByOrder.cend()) {
                 m_instanceByOrder.insert(order, id);
                 m_orders << order;
             }
             return true;
         });
}

void MarketplaceActor::renewOrExpire()
{
    const QString instance =
        m_instanceByOrder.value(m_orders.at(int(m_random.bounded(m_orders.size()))));
    const auto succeeded = [](const AsyncReply &r) {
        return r.status == 200 && r.json.object().value(u"success").toString() == u"true";
    };
    if (m_random.bounded(2) == 0) {
        const QDateTime until = QDateTime::currentDateTimeUtc().addDays(365);
        call(u"SPI renewInstance"_qs,
             {{u"action"_qs, u"renewInstance"_qs},
              {u"instanceId"_qs, instance},
              {u"orderId"_qs, billing::test::uniqueOrderId()},
              {u"expiredOn"_qs, billing::test::beijingTime(until)}},
             succeeded);
    } else {
        call(u"SPI expiredInstance"_qs,
             {{u"action"_qs, u"expiredInstance"_qs}, {u"instanceId"_qs, instance}}, succeeded);
    }
}

} // namespace billing::load
