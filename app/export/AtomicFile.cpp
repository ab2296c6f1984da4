#include "AtomicFile.h"

#include "ExportLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace billing {
namespace {
// The messages' translation context (lupdate reads Q_DECLARE_TR_FUNCTIONS); the workspace
// export's, where these sentences were first written.
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(billing::WorkspaceExport)
};

// Why writing `path` failed, in words a user can act on.
QString describeFailure(const QString &path, const QSaveFile &file, qsizetype bytes)
{
    const QFileInfo info(path);
    const QString where = QDir::toNativeSeparators(path);
    if (info.isDir())
        return ExportText::tr("Cannot write %1: it is a folder. Choose a file name.").arg(where);
    const QFileInfo parent(info.absolutePath());
    if (!parent.exists())
        return ExportText::tr("Cannot write %1: the folder %2 does not exist.")
            .arg(where, QDir::toNativeSeparators(parent.filePath()));
    if (!parent.isDir())
        return ExportText::tr("Cannot write %1: %2 is a file, not a folder.")
            .arg(where, QDir::toNativeSeparators(parent.filePath()));
    if (file.error() == QFileDevice::PermissionsError || !parent.isWritable()
        || (info.exists() && !info.isWritable()))
        return ExportText::tr("Cannot write %1: you do not have permission to write there.")
            .arg(where);
    const QStorageInfo storage(parent.filePath());
    if (file.error() == QFileDevice::ResourceError) // ENOSPC, EDQUOT
        return ExportText::tr("Cannot write %1: the disk is full.").arg(where);
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < bytes)
        return ExportText::tr("Cannot write %1: the disk is full.").arg(where);
    return ExportText::tr("Cannot write %1: %2").arg(where, file.errorString());
}
} // namespace

QString exportCancelledMessage()
{
    return ExportText::tr("The export was cancelled; no file was written.");
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error,
                         const std::atomic_bool *cancelled)
{
    const auto isCancelled = [cancelled] {
        return cancelled && cancelled->load();
    };
    const auto reportCancelled = [&] {
        qCDebug(lcExport) << "export to" << path << "cancelled";
        if (error)
            *error = exportCancelledMessage();
        return false;
    };
    if (isCancelled())
        return reportCancelled();
    QSaveFile file(path);
    // The temporary file is renamed over the target only after everything was written;
    // never fall back to writing the target in place.
    file.setDirectWriteFallback(false);
    const bool opened = !QFileInfo(path).isDir() && !isCancelled()
                        && file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size()
                        && file.flush(); // commit() ignores a failed flush of a small file
    // The last moment to cancel: commit() renames the temporary file over the target.
    if (isCancelled()) {
        file.cancelWriting();
        return reportCancelled();
    }
    const bool written = opened && file.commit();
    if (!written) {
        // Before cancelWriting(), which replaces the cause with "Writing canceled".
        const QString message = describeFailure(path, file, bytes.size());
        file.cancelWriting();
        qCWarning(lcExport) << "export failed:" << message;
        if (error)
            *error = message;
        return false;
    }
    if (error)
        error->clear();
    return true;
}

} // namespace billing
