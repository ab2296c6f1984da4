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

void OffsetClock::setNow(const QDateTime &target)
{
    m_offsetMs = m_source().msecsTo(target);
}

} // namespace billing::server
