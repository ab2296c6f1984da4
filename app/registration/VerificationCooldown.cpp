#include "VerificationCooldown.h"

namespace billing {
namespace {
std::chrono::milliseconds steadyNow()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}
} // namespace

VerificationCooldown::VerificationCooldown(QObject *parent)
    : QObject(parent)
    , m_clock(steadyNow)
{
    m_timer.setInterval(std::chrono::milliseconds(250));
    connect(&m_timer, &QTimer::timeout, this, &VerificationCooldown::tick);
}

void VerificationCooldown::start()
{
    m_until = m_clock() + m_duration;
    m_timer.start();
    tick();
}

void VerificationCooldown::cancel()
{
    m_until = m_clock();
    tick();
}

int VerificationCooldown::remainingSeconds() const
{
    const auto left = m_until - m_clock();
    if (left.count() <= 0)
        return 0;
    return int(std::chrono::ceil<std::chrono::seconds>(left).count());
}

void VerificationCooldown::tick()
{
    const int remaining = remainingSeconds();
    if (remaining == 0)
        m_timer.stop();
    if (remaining != m_lastEmitted) {
        m_lastEmitted = remaining;
        Q_EMIT remainingChanged(remaining);
    }
}

} // namespace billing
