#pragma once

#include "BillExport.h"
#include "BillReader.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

class QThreadPool;

namespace billing {

class BackgroundFileWrite;
class BillingClient;

// File → Export bill… without widgets (docs/export.md): reads a month's bill lines from the
// server (saving the month's offline copy) or, when the main window runs on the offline copy
// or the server cannot be reached, from the month's copy, saying how old it is; then writes
// the file atomically off the GUI thread. One export at a time; ends each with finished().
class BillExportController : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Idle, Reading, Writing };

    // `client` is null when the main window shows the offline copy.
    BillExportController(BillingClient *client, const QString &cacheDirectory, const QUrl &server,
                         const QString &username, QObject *parent = nullptr);
    ~BillExportController() override;

    bool isOffline() const { return m_client == nullptr; }
    // When the month's copy was read from the server; invalid when there is none or it
    // cannot be read (then *problem, translated, says why).
    QDateTime copySyncedAt(const QString &month, QString *problem = nullptr) const;

    Stage stage() const { return m_stage; }
    // Reads `month` ("2026-11") and writes it to `path`.
    void start(const QString &path, BillFormat format, const QString &month, BillGrouping grouping);
    // Stops reading or writing: no file is written or changed. finished() is not emitted.
    void cancel();
    // Where the file is written (default: the global pool).
    void setThreadPool(QThreadPool *pool);

Q_SIGNALS:
    // Reading, then writing `lines`; Idle when done.
    void stageChanged(billing::BillExportController::Stage stage, int lines);
    // `message` (translated): why nothing was written, or what was (with any notice).
    void finished(bool written, const QString &message);

private:
    BillCache cacheOf(const QString &month) const;
    void readCopy(const QString &reason);
    void write(const BillReader::Result &result);
    void writeDone(bool written, const QString &error, const QStringList &notes, qint64 totalCents,
                   const QString &currency, int lines);
    void setStage(Stage stage, int lines = 0);

    BillingClient *m_client;
    QString m_cacheDirectory;
    QUrl m_server;
    QString m_username;
    BillReader *m_reader = nullptr;
    QString m_month;
    BillGrouping m_grouping = BillGrouping::Payer;
    QString m_path;
    BillFormat m_format = BillFormat::Csv;
    Stage m_stage = Stage::Idle;
    QThreadPool *m_pool;
    BackgroundFileWrite *m_write = nullptr;
};

} // namespace billing
