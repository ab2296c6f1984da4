#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;
template <typename T> class QFutureWatcher;

namespace billing {

// One file written off the GUI thread, as the export controllers write theirs: the writer
// runs on a pool with a cancel flag it checks before it commits (writeFileAtomically), and
// finished() reports back on this object's thread. The worker owns copies only, so it may
// outlive a cancelled write and this object.
class BackgroundFileWrite : public QObject
{
    Q_OBJECT

public:
    // Writes the file; false with *error (translated) when it did not.
    using Writer = std::function<bool(QString *error, const std::atomic_bool *cancelled)>;

    // Starts at once on `pool`.
    BackgroundFileWrite(QThreadPool &pool, Writer writer, QObject *parent = nullptr);
    ~BackgroundFileWrite() override;

    // Nothing is written or changed, and finished() is not emitted.
    void cancel();

Q_SIGNALS:
    void finished(bool written, const QString &error);

private:
    struct Outcome {
        bool written = false;
        QString error;
    };

    QFutureWatcher<Outcome> *m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace billing
