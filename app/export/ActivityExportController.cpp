#include "ActivityExportController.h"

#include "ActivityExport.h"
#include "BackgroundFileWrite.h"
#include "BillingClient.h"

#include <QDir>
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
    m_write = new BackgroundFileWrite(
        *m_pool,
        [path = m_path, format = m_format, document](QString *error,
                                                     const std::atomic_bool *cancelled) {
            return writeActivityExport(path, format, document, error, cancelled);
        },
        this);
    connect(m_write, &BackgroundFileWrite::finished, this,
            [this, warnings = result.warnings, events](bool written, const QString &error) {
                writeDone(written, error, warnings, events);
            });
}

void ActivityExportController::writeDone(bool written, const QString &error,
                                         const QStringList &warnings, int events)
{
    m_write->deleteLater();
    m_write = nullptr;
    setStage(Stage::Idle);
    if (!written) {
        Q_EMIT finished(false, error);
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
    if (m_write) {
        m_write->cancel();
        m_write->deleteLater();
        m_write = nullptr;
    }
    if (m_stage != Stage::Idle)
        setStage(Stage::Idle);
}

} // namespace billing
