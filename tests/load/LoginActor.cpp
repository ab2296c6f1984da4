#include "LoginActor.h"

#include "AsyncHttp.h"
#include "LoadStats.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace billing::load {

LoginActor::LoginActor(const QUrl &baseUrl, QString username, QString password, LoadStats &stats,
                       int lanes, QObject *parent)
    : QObject(parent)
    , m_url(baseUrl.resolved(QUrl(QStringLiteral("/api/v1/sessions"))))
    , m_body(QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                       {QStringLiteral("password"), password}})
                 .toJson(QJsonDocument::Compact))
    , m_stats(stats)
    , m_lanes(lanes)
{}

void LoginActor::start()
{
    if (m_lanes == 0) {
        Q_EMIT finished();
        return;
    }
    for (int lane = 0; lane < m_lanes; ++lane)
        next();
}

void LoginActor::next()
{
    if (m_stopping) {
        if (m_inFlight == 0)
            Q_EMIT finished();
        return;
    }
    ++m_inFlight;
    sendAsync(m_nam, "POST", m_url, m_body, {}, [this](const AsyncReply &reply) {
        --m_inFlight;
        m_stats.record(kKind, reply.latencyUs, reply.outcome(), reply.status == 201);
        next();
    });
}

} // namespace billing::load
