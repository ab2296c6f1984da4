#include "OffsetClock.h"

namespace billing::server {
namespace {
QDateTime wholeSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}
} // namespace

OffsetClock::OffsetClock(Source systemNow)
    : m_source(systemNow ? std::move(systemNow)
                         : Source([] { return QDateTime::currentDateTimeUtc(); }))
{}

QDateTime OffsetClock::now() const
{
    return wholeSeconds(m_source().addMSecs(m_offsetMs));
}

QDateTime OffsetClock::systemNow() const
{
    return wholeSeconds(m_source());
}

// A whole number of seconds, so processes sharing one system clock and given one asOf agree
// on every second (with offsets in milliseconds, one could still read 12:00:00 while another
// read 12:00:01, and an event the second wrote could sort before one the first wrote later).
void OffsetClock::setNow(const QDateTime &target, const QDateTime &asOf)
{
    const QDateTime from = wholeSeconds(asOf.isValid() ? asOf : m_source());
    m_offsetMs = from.secsTo(wholeSeconds(target)) * 1000;
}

} // namespace billing::server
