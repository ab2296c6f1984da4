#pragma once

#include "ActivityReader.h"
#include "AuditFilter.h"
#include "WorkspaceExport.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <optional>

class QThreadPool;

namespace billing {

class BackgroundFileWrite;
class BillingClient;

// File → Export activity… without widgets (docs/export.md): reads the events of a period
// from the server (recording them in the profile's offline copy) or, when the main window
// runs on the offline copy, from the copy; then writes the file atomically off the GUI
// thread. One export at a time; ends each with finished().
class ActivityExportController : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Idle, Reading, Writing };

    // `client` is null when the main window shows the offline copy: the events then come
    // from the activity copy in `cacheDirectory`, which is loaded at once.
    ActivityExportController(BillingClient *client, const QString &cacheDirectory,
                             const QUrl &server, const QString &username,
                             QObject *parent = nullptr);
    ~ActivityExportController() override;

    bool isOffline() const { return m_client == nullptr; }
    // Offline: when the copy was read from the server (invalid when there is none), and
    // why nothing can be exported (translated; empty when the copy can be used).
    QDateTime copySyncedAt() const { return m_copySyncedAt; }
    QString copyProblem() const { return m_copyProblem; }

    Stage stage() const { return m_stage; }
    // Reads the events the filter selects and writes them to `path`.
    void start(const QString &path, ExportFormat format, const AuditFilter &filter);
    // Stops reading or writing: no file is written or changed. finished() is not emitted.
    void cancel();
    // Where the file is written (default: the global pool).
    void setThreadPool(QThreadPool *pool);

Q_SIGNALS:
    // Reading, then writing `events`; Idle when done.
    void stageChanged(billing::ActivityExportController::Stage stage, int events);
    // `message` (translated): why nothing was written, or what was (with any warnings).
    void finished(bool written, const QString &message);

private:
    void write(const ActivityReader::Result &result);
    void writeDone(bool written, const QString &error, const QStringList &warnings, int events);
    void setStage(Stage stage, int events = 0);

    BillingClient *m_client;
    ActivityReader *m_reader;
    QUrl m_server;
    QString m_username;
    std::optional<ActivityCache::Contents> m_copy; // offline only
    QDateTime m_copySyncedAt;
    QString m_copyProblem;
    AuditFilter m_filter;
    QString m_path;
    ExportFormat m_format = ExportFormat::Csv;
    Stage m_stage = Stage::Idle;
    QThreadPool *m_pool;
    BackgroundFileWrite *m_write = nullptr;
};

} // namespace billing
