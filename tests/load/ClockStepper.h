#pragma once

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace billing::load {

class LoadStats;

// Moves the sandbox clock to the next calendar month every few seconds, so that every
// workspace may change again (the monthly rule) and the run sees many changes per workspace.
// Sessions (12 h of server time) expire with each step: the administrators log in again.
// Several processes each get one (now, asOf), so they agree on every second.
class ClockStepper : public QObject
{
    Q_OBJECT
public:
    ClockStepper(QList<QUrl> processUrls, const QDateTime &serverNow, int intervalMs,
                 LoadStats &stats, QObject *parent = nullptr);

    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    // Steps sent so far; counted when a step is sent, as the server may apply it any moment.
    int epoch() const { return m_epoch; }
    // A step was sent and not yet answered by every process: the server's time is either
    // side of it.
    bool stepInFlight() const { return m_answered != m_epoch; }

private:
    void step();

    QList<QUrl> m_processUrls;
    QDateTime m_now;
    LoadStats &m_stats;
    QNetworkAccessManager m_nam;
    QTimer m_timer;
    int m_epoch = 0;
    int m_answered = 0; // steps answered by every process
    int m_pending = 0;  // processes yet to answer the last step
};

} // namespace billing::load
