#include "WorkerPool.h"

#include "Logging.h"

#include <QThread>

#include <exception>

namespace billing::server {

WorkerPool::WorkerPool(int threads, int maxQueued, QObject *parent)
    : QObject(parent)
    , m_maxInFlight(threads + maxQueued)
{
    m_threads.setMaxThreadCount(threads);
    m_threads.setObjectName(QStringLiteral("billing-workers"));
}

WorkerPool::~WorkerPool()
{
    m_threads.waitForDone();
}

int WorkerPool::defaultThreads()
{
    return qMax(2, QThread::idealThreadCount());
}

void WorkerPool::waitForDone()
{
    m_threads.waitForDone();
}

bool WorkerPool::run(Work work, Done done)
{
    if (m_inFlight >= m_maxInFlight) {
        qCWarning(lcServer) << "worker pool full:" << m_inFlight << "tasks queued or running";
        return false;
    }
    ++m_inFlight;
    // `this` outlives the task (the destructor waits), and a queued call to a destroyed
    // object is dropped, so done never runs after the pool is gone.
    m_threads.start([this, work = std::move(work), done = std::move(done)]() mutable {
        std::any result;
        try {
            result = work();
        } catch (const std::exception &failure) {
            qCCritical(lcServer) << "background step failed:" << failure.what();
        }
        QMetaObject::invokeMethod(
            this,
            [this, done = std::move(done), result = std::move(result)]() mutable {
                --m_inFlight;
                done(std::move(result));
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace billing::server
