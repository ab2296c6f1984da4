#include "ActivityExportController.h"

#include "ActivityExport.h"
#include "BillingClient.h"

#include <QDir>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

namespace billing {

ActivityExportController::ActivityExportController(BillingClient *client,
                                                   const QString &cacheDirectory,
                                                   const QUrl &server, const QString &username,
                                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_reader(new ActivityReader(ActivityCache(cacheDirectory, server, username), this))
    , m_server(server)
    , m_username(username)
    , m_pool(QThreadPool::globalInstance())
{
    if (isOffline()) {
        m_copy = m_reader->cache().load(&m_copyProblem);
        if (m_copy)
            m_copySyncedAt = m_copy->syncedAt;
        else if (m_copyProblem.isEmpty())
            m_copyProblem = ActivityReader::noCopyMessage();
    }
    connect(m_reader, &ActivityReader::read, this, [this](const ActivityReader::Result &result) {
        if (m_stage == Stage::Reading)
            write(result);
    });
    connect(m_reader, &ActivityReader::failed, this, [this](const ClientError &error) {
        if (m_stage != Stage::Reading)
            return;
        setStage(Stage::Idle);
        Q_EMIT finished(false, error.userMessage());
    });
}

ActivityExportController::~ActivityExportController() = default;

void ActivityExportController::setThreadPool(QThreadPool *pool)
{
    m_pool = pool ? pool : QThreadPool::globalInstance();
}

void ActivityExportController::setStage(Stage stage, int events)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage, events);
}

void ActivityExportController::start(const QString &path, ExportFormat format,
                                     const AuditFilter &filter)
{
    if (m_stage != Stage::Idle)
        return;
    m_path = path;
    m_format = format;
    m_filter = filter;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    if (isOffline()) {
        if (!m_copy) {
            Q_EMIT finished(false, m_copyProblem);
            return;
        }
        write(ActivityReader::fromCopy(*m_copy, filter, {}));
        return;
    }
    setStage(Stage::Reading);
    m_reader->readOnline(*m_client, filter);
}

void ActivityExportController::write(const ActivityReader::Result &result)
{
    const ActivityExportDocument document{
        m_server,      m_username,
        m_filter,      QDateTime::currentDateTimeUtc(),
        result.events, result.fromCache ? result.syncedAt : QDateTime()};
    const auto events = int(document.events.size());
    setStage(Stage::Writing, events);
    auto promise = std::make_shared<QPromise<Outcome>>();
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this,
            [this, warnings = result.warnings, events] { writeDone(warnings, events); });
    m_watcher->setFuture(promise->future());
    promise->start();
    // The worker gets copies only: it may outlive a cancelled export and this controller.
    m_pool->start([promise, path = m_path, format = m_format, document, cancelled = m_cancelled] {
        Outcome outcome;
        outcome.written =
            writeActivityExport(path, format, document, &outcome.error, cancelled.get());
        promise->addResult(outcome);
        promise->finish();
    });
}

void ActivityExportController::writeDone(const QStringList &warnings, int events)
{
    const Outcome outcome = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    setStage(Stage::Idle);
    if (!outcome.written) {
        Q_EMIT finished(false, outcome.error);
        return;
    }
    QStringList summary{
        tr("Exported %n event(s) to %1.", nullptr, events).arg(QDir::toNativeSeparators(m_path))};
    summary += warnings;
    Q_EMIT finished(true, summary.join(u' '));
}

void ActivityExportController::cancel()
{
    if (m_stage == Stage::Reading)
        m_reader->abort();
    if (m_watcher) {
        // The worker checks the flag before it commits; its result is no longer awaited.
        m_cancelled->store(true);
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    if (m_stage != Stage::Idle)
        setStage(Stage::Idle);
}

} // namespace billing
