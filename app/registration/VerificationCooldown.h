#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace billing {

// The wait between two "Send code" requests. The clock is injectable so tests can move
// time; the timer only prompts a re-read of the clock once a second.
class VerificationCooldown : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<std::chrono::milliseconds()>;
    static constexpr std::chrono::seconds kDefaultDuration{60};

    explicit VerificationCooldown(QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setDuration(std::chrono::seconds duration) { m_duration = duration; }
    std::chrono::seconds duration() const { return m_duration; }

    void start();
    void cancel();
    bool isActive() const { return remainingSeconds() > 0; }
    // Whole seconds left, rounded up; 0 when a new code may be requested.
    int remainingSeconds() const;

public Q_SLOTS:
    // Re-reads the clock: emits remainingChanged and stops ticking at 0.
    void tick();

Q_SIGNALS:
    void remainingChanged(int seconds);

private:
    Clock m_clock;
    std::chrono::seconds m_duration = kDefaultDuration;
    std::chrono::milliseconds m_until{0};
    QTimer m_timer;
    int m_lastEmitted = 0;
};

} // namespace billing
