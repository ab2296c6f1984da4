#pragma once

#include <QObject>

class QSocketNotifier;

namespace billing::server {

// Turns SIGINT/SIGTERM into a Qt signal through a socketpair (the self-pipe trick): the
// handler only writes a byte, the event loop does the rest.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool install(); // false when the socketpair or sigaction fails

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace billing::server
