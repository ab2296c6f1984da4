#pragma once

#include "WorkspaceExport.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QUrl>

#include <atomic>
#include <memory>

class QButtonGroup;
class QGroupBox;
class QRadioButton;
class QThreadPool;
template <typename T> class QFutureWatcher;

namespace billing {

class ExportFileFields;
class ExportStatusArea;

// The workspaces an export may take, and where they come from.
struct ExportSources {
    QList<Workspace> all, selection, filtered;
    QUrl server;
    QString username;
    QDateTime syncedAt;
    bool fromCache = false; // the list is the offline cache: the dialog says how old it is
};

// Exports all workspaces, the selection or the filtered view to a JSON or CSV file.
// Writing is atomic and runs off the GUI thread with a busy indication; Cancel while it runs
// closes the dialog and no file is written or changed. An error (no permission, disk full) is
// shown and the dialog stays open with everything the user chose.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { All, Selection, Filtered };

    explicit ExportDialog(const ExportSources &sources, QWidget *parent = nullptr);

    Scope scope() const;
    void setScope(Scope scope);
    ExportFormat format() const;
    void setFormat(ExportFormat format);
    QString path() const;
    void setPath(const QString &path);
    // The last error shown, empty when none.
    QString errorText() const;
    // True from accept() until the file is written, the write failed or it was cancelled.
    bool isExporting() const;
    // Where the export runs (default: the global pool). Tests use a pool of their own to hold
    // the export back and cancel it deterministically.
    void setThreadPool(QThreadPool *pool);

Q_SIGNALS:
    void exportFinished(bool written);

public Q_SLOTS:
    void accept() override; // starts writing the file; stays open on failure
    void reject() override; // cancels a running export: no file is written

private:
    struct Outcome {
        bool written = false;
        QString error;
    };

    QList<Workspace> workspacesInScope() const;
    void updateState();
    void setExporting(bool exporting);
    void exportDone();

    ExportSources m_sources;
    QGroupBox *m_scopeBox = nullptr;
    QButtonGroup *m_scopeGroup = nullptr;
    ExportFileFields *m_file = nullptr;
    ExportStatusArea *m_status = nullptr;
    QThreadPool *m_pool = nullptr;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    // Shared with the worker, which outlives the dialog when it is cancelled.
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace billing
