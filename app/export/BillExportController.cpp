#include "BillExportController.h"

#include "BackgroundFileWrite.h"
#include "BillingClient.h"
#include "ExactDecimal.h"

#include <QDir>
#include <QThreadPool>

namespace billing {

BillExportController::BillExportController(BillingClient *client, const QString &cacheDirectory,
                                           const QUrl &server, const QString &username,
                                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cacheDirectory(cacheDirectory)
    , m_server(server)
    , m_username(username)
    , m_pool(QThreadPool::globalInstance())
{}

BillExportController::~BillExportController() = default;

void BillExportController::setThreadPool(QThreadPool *pool)
{
    m_pool = pool ? pool : QThreadPool::globalInstance();
}

BillCache BillExportController::cacheOf(const QString &month) const
{
    return BillCache(m_cacheDirectory, m_server, m_username, month);
}

QDateTime BillExportController::copySyncedAt(const QString &month, QString *problem) const
{
    QString error;
    const auto copy = cacheOf(month).load(&error);
    if (problem)
        *problem = error;
    return copy ? copy->syncedAt : QDateTime();
}

void BillExportController::setStage(Stage stage, int lines)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage, lines);
}

void BillExportController::start(const QString &path, BillFormat format, const QString &month,
                                 BillGrouping grouping)
{
    if (m_stage != Stage::Idle)
        return;
    m_path = path;
    m_format = format;
    m_month = month;
    m_grouping = grouping;
    if (m_reader) {
        m_reader->disconnect(this);
        m_reader->deleteLater();
    }
    m_reader = new BillReader(cacheOf(month), this);
    if (isOffline()) {
        readCopy({});
        return;
    }
    connect(m_reader, &BillReader::read, this, [this](const BillReader::Result &result) {
        if (m_stage == Stage::Reading)
            write(result);
    });
    connect(m_reader, &BillReader::failed, this, [this](const ClientError &error) {
        if (m_stage != Stage::Reading)
            return;
        if (error.isUnreachable()) {
            readCopy(error.userMessage());
            return;
        }
        setStage(Stage::Idle);
        Q_EMIT finished(false, error.userMessage());
    });
    setStage(Stage::Reading);
    m_reader->readOnline(*m_client);
}

void BillExportController::readCopy(const QString &reason)
{
    QString error;
    const auto result = m_reader->readCopy(reason, &error);
    if (!result) {
        if (m_stage != Stage::Idle)
            setStage(Stage::Idle);
        Q_EMIT finished(false, reason.isEmpty() ? error : reason + u' ' + error);
        return;
    }
    write(*result);
}

void BillExportController::write(const BillReader::Result &result)
{
    const BillExportDocument document{m_server,
                                      m_username,
                                      m_month,
                                      m_grouping,
                                      QDateTime::currentDateTimeUtc(),
                                      result.lines,
                                      result.fromCache ? result.syncedAt : QDateTime()};
    const auto lines = int(document.lines.size());
    setStage(Stage::Writing, lines);
    QStringList notes = result.warnings;
    if (result.fromCache)
        notes.prepend(result.notice);
    m_write = new BackgroundFileWrite(
        *m_pool,
        [path = m_path, format = m_format, document](QString *error,
                                                     const std::atomic_bool *cancelled) {
            return writeBillExport(path, format, document, error, cancelled);
        },
        this);
    connect(m_write, &BackgroundFileWrite::finished, this,
            [this, notes, total = totalCents(document.lines), currency = document.currency(),
             lines](bool written, const QString &error) {
                writeDone(written, error, notes, total, currency, lines);
            });
}

void BillExportController::writeDone(bool written, const QString &error, const QStringList &notes,
                                     qint64 totalCents, const QString &currency, int lines)
{
    m_write->deleteLater();
    m_write = nullptr;
    setStage(Stage::Idle);
    if (!written) {
        Q_EMIT finished(false, error);
        return;
    }
    QStringList summary{tr("Exported the bill %1 (%n line(s), total %2 %3) to %4.", nullptr, lines)
                            .arg(m_month, money::amountText(totalCents), currency,
                                 QDir::toNativeSeparators(m_path))};
    summary += notes;
    Q_EMIT finished(true, summary.join(u' '));
}

void BillExportController::cancel()
{
    if (m_stage == Stage::Reading && m_reader)
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
