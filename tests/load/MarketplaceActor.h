#pragma once

#include "AsyncHttp.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>

namespace billing::load {

class LoadStats;

// The Alibaba Cloud Marketplace: signed createInstance (new orders, and repeated ones that must
// return the same instance), renewInstance and expiredInstance callbacks on its own instances.
class MarketplaceActor : public QObject
{
    Q_OBJECT
public:
    MarketplaceActor(const QUrl &baseUrl, const QByteArray &spiKey, LoadStats &stats, int lanes,
                     quint32 seed, QObject *parent = nullptr);

    void start();
    void stop() { m_stopping = true; }
    bool idle() const { return m_inFlight == 0; }

Q_SIGNALS:
    void finished();

private:
    void next();
    void create();
    void renewOrExpire();
    void call(const QString &kind, const QList<QPair<QString, QString>> &params,
              std::function<bool(const AsyncReply &)> check);

    QUrl m_baseUrl;
    QByteArray m_spiKey;
    LoadStats &m_stats;
    int m_lanes;
    QRandomGenerator m_random;
    QNetworkAccessManager m_nam;
    QString m_aliUid;
    QHash<QString, QString> m_instanceByOrder; // orderBizId -> instanceId
    QStringList m_orders;
    int m_inFlight = 0;
    bool m_stopping = false;
};

} // namespace billing::load
