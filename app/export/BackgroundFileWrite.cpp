#include "BackgroundFileWrite.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

namespace billing {

BackgroundFileWrite::BackgroundFileWrite(QThreadPool &pool, Writer writer, QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<Outcome>(this))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    auto promise = std::make_shared<QPromise<Outcome>>();
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Outcome outcome = m_watcher->result();
        Q_EMIT finished(outcome.written, outcome.error);
    });
    m_watcher->setFuture(promise->future());
    promise->start();
    pool.start([promise, writer = std::move(writer), cancelled = m_cancelled] {
        Outcome outcome;
        outcome.written = writer(&outcome.error, cancelled.get());
        promise->addResult(outcome);
        promise->finish();
    });
}

BackgroundFileWrite::~BackgroundFileWrite() = default;

void BackgroundFileWrite::cancel()
{
    m_cancelled->store(true);
    m_watcher->disconnect(this);
}

} // namespace billing
