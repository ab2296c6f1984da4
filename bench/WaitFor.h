#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace billing::bench {

constexpr int kWaitLimitMs = 10 * 60 * 1000;

// Runs the event loop until `done` is emitted (or the limit passes); false on the limit.
template <typename Sender, typename Signal> bool waitFor(Sender *sender, Signal done)
{
    QEventLoop loop;
    QObject::connect(sender, done, &loop, &QEventLoop::quit);
    QTimer limit;
    bool timedOut = false;
    QObject::connect(&limit, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    limit.start(kWaitLimitMs);
    loop.exec();
    return !timedOut;
}

} // namespace billing::bench
