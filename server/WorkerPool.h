#pragma once

#include <QObject>
#include <QThreadPool>

#include <any>
#include <functional>

namespace billing::server {

// The threads that do a request's CPU-heavy steps (password hashing) off the event loop.
// Bounded twice: a fixed number of threads, and a queue that refuses work beyond its length
// so a burst of log-ins gets a quick 503 rather than an ever longer wait.
class WorkerPool : public QObject
{
    Q_OBJECT
public:
    explicit WorkerPool(int threads, int maxQueued, QObject *parent = nullptr);
    ~WorkerPool() override; // waits for the work already started

    using Work = std::function<std::any()>;
    using Done = std::function<void(std::any)>;
    // Runs work on a pool thread, then done on this object's thread with its result (also
    // when work threw: done receives an empty std::any). False when the queue is full.
    bool run(Work work, Done done);

    int busy() const { return m_inFlight; } // queued or running
    void waitForDone();

    static int defaultThreads(); // the cores, at least 2

private:
    QThreadPool m_threads;
    const int m_maxInFlight;
    int m_inFlight = 0; // only touched on this object's thread
};

} // namespace billing::server
