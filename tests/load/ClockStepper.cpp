#include "ClockStepper.h"

#include "ApiHelpers.h"
#include "AsyncHttp.h"
#include "HttpClient.h"
#include "LoadStats.h"

#include <Rfc3339.h>

namespace billing::load {

ClockStepper::ClockStepper(const QUrl &baseUrl, const QDateTime &serverNow, int intervalMs,
                           LoadStats &stats, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_now(serverNow)
    , m_stats(stats)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ClockStepper::step);
}

void ClockStepper::step()
{
    m_now = billing::test::firstOfNextMonthUtc(m_now).addSecs(3600);
    ++m_epoch;
    QUrl url = m_baseUrl;
    url.setPath(u"/api/v1/sandbox/clock"_qs);
    const QByteArray body =
        billing::test::compactJson({{u"now"_qs, billing::rfc3339::format(m_now)}});
    sendAsync(m_nam, "POST", url, body, {}, [this](const AsyncReply &reply) {
        ++m_answered;
        m_stats.record(u"POST sandbox clock"_qs, reply.latencyUs, reply.outcome(),
                       reply.status == 200);
    });
}

} // namespace billing::load
