#include "ClockStepper.h"

#include "ApiHelpers.h"
#include "AsyncHttp.h"
#include "HttpClient.h"
#include "LoadStats.h"

#include <Rfc3339.h>

namespace billing::load {

ClockStepper::ClockStepper(QList<QUrl> processUrls, const QDateTime &serverNow, int intervalMs,
                           LoadStats &stats, QObject *parent)
    : QObject(parent)
    , m_processUrls(std::move(processUrls))
    , m_now(serverNow)
    , m_stats(stats)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ClockStepper::step);
}

void ClockStepper::step()
{
    if (m_pending > 0)
        return; // the last step is still being sent to the processes
    m_now = billing::test::firstOfNextMonthUtc(m_now).addSecs(3600);
    ++m_epoch;
    const QByteArray body = billing::test::compactJson(
        {{u"now"_qs, billing::rfc3339::format(m_now)},
         {u"asOf"_qs, billing::rfc3339::format(QDateTime::currentDateTimeUtc())}});
    m_pending = int(m_processUrls.size());
    for (QUrl url : std::as_const(m_processUrls)) {
        url.setPath(u"/api/v1/sandbox/clock"_qs);
        sendAsync(m_nam, "POST", url, body, {}, [this](const AsyncReply &reply) {
            if (--m_pending == 0)
                ++m_answered;
            m_stats.record(u"POST sandbox clock"_qs, reply.latencyUs, reply.outcome(),
                           reply.status == 200);
        });
    }
}

} // namespace billing::load
