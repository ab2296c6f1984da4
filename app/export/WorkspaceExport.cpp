#include "WorkspaceExport.h"

#include "ExportLog.h"
#include "PlanReader.h"
#include "WorkspaceJsonWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <csv.h>

namespace billing {
namespace {
// The messages' translation context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(billing::WorkspaceExport)
};

// One element of "workspaces", in the order docs/plan-format.md shows, indented by 4.
void appendWorkspace(QByteArray &out, const Workspace &workspace)
{
    const auto field = [&out](const char *key, QStringView value) {
        out += key;
        WorkspaceJson::appendString(out, value);
    };
    field("    {\n      \"id\": ", workspace.id);
    field(",\n      \"name\": ", workspace.name);
    field(",\n      \"site\": ", workspace.site);
    field(",\n      \"language\": ", workspace.language);
    field(",\n      \"settlement\": {\n        \"method\": ", toWire(workspace.settlement.method));
    if (workspace.settlement.method == SettlementMethod::Aliyun) {
        field(",\n        \"aliyunAccountId\": ", workspace.settlement.aliyunAccountId);
        field(",\n        \"instanceId\": ", workspace.settlement.instanceId);
    }
    out += ",\n        \"since\": ";
    WorkspaceJson::appendTime(out, workspace.settlement.since);
    field("\n      },\n      \"status\": ", toWire(workspace.status));
    out += "\n    }";
}

// RFC 4180: a field is quoted when it holds a comma, a quote or a line break (csv_write
// quotes and doubles the quotes inside); other fields are written as they are.
void appendField(QByteArray &line, const QString &field)
{
    const QByteArray utf8 = field.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n')
        && !utf8.contains('\r')) {
        line += utf8;
        return;
    }
    QByteArray quoted(utf8.size() * 2 + 2, Qt::Uninitialized);
    const size_t written =
        csv_write(quoted.data(), size_t(quoted.size()), utf8.constData(), size_t(utf8.size()));
    quoted.truncate(qsizetype(written));
    line += quoted;
}

void appendRecord(QByteArray &csv, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            csv += ',';
        appendField(csv, fields.at(i));
    }
    csv += "\r\n";
}

bool isAliyun(const Workspace &workspace)
{
    return workspace.settlement.method == SettlementMethod::Aliyun;
}

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

// Written as text, not through QJsonDocument: 100 000 workspaces take a tenth of the time
// and a fraction of the memory (issue 8).
QByteArray exportToJson(const ExportDocument &document)
{
    QByteArray json;
    json.reserve(512 + document.workspaces.size() * 300);
    json += "{\n  \"format\": ";
    WorkspaceJson::appendString(json, PlanReader::kFormat);
    json += ",\n  \"version\": " + QByteArray::number(PlanReader::kVersion);
    json += ",\n  \"exportedAt\": ";
    WorkspaceJson::appendTime(json, document.exportedAt);
    if (document.syncedAt.isValid()) {
        json += ",\n  \"syncedAt\": ";
        WorkspaceJson::appendTime(json, document.syncedAt);
    }
    json += ",\n  \"server\": ";
    WorkspaceJson::appendString(json, document.server.toString(QUrl::RemoveUserInfo));
    json += ",\n  \"username\": ";
    WorkspaceJson::appendString(json, document.username);
    json += ",\n  \"workspaces\": [";
    for (qsizetype i = 0; i < document.workspaces.size(); ++i) {
        json += i == 0 ? "\n" : ",\n";
        appendWorkspace(json, document.workspaces.at(i));
    }
    json += document.workspaces.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return json;
}

QByteArray exportToCsv(const ExportDocument &document)
{
    QByteArray csv;
    csv.reserve(64 + document.workspaces.size() * 96);
    appendRecord(csv, PlanReader::csvHeader());
    for (const Workspace &workspace : document.workspaces) {
        appendRecord(csv, {workspace.id, workspace.name, workspace.site, workspace.language,
                           toWire(workspace.settlement.method),
                           isAliyun(workspace) ? workspace.settlement.aliyunAccountId : QString(),
                           isAliyun(workspace) ? workspace.settlement.instanceId : QString(),
                           toWire(workspace.status)});
    }
    return csv;
}

QByteArray exportTo(ExportFormat format, const ExportDocument &document)
{
    return format == ExportFormat::Json ? exportToJson(document) : exportToCsv(document);
}

QString toWire(ExportFormat format)
{
    return format == ExportFormat::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

std::optional<ExportFormat> exportFormatFromWire(const QString &wire)
{
    const QString lower = wire.trimmed().toLower();
    if (lower == u"json")
        return ExportFormat::Json;
    if (lower == u"csv")
        return ExportFormat::Csv;
    return std::nullopt;
}

bool writeExport(const QString &path, ExportFormat format, const ExportDocument &document,
                 QString *error, const std::atomic_bool *cancelled)
{
    const auto isCancelled = [cancelled] {
        return cancelled && cancelled->load();
    };
    const auto reportCancelled = [&] {
        qCDebug(lcExport) << "export to" << path << "cancelled";
        if (error)
            *error = ExportText::tr("The export was cancelled; no file was written.");
        return false;
    };
    if (isCancelled())
        return reportCancelled();
    const QByteArray bytes = exportTo(format, document);
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
    qCDebug(lcExport) << "exported" << document.workspaces.size() << "workspaces as"
                      << toWire(format) << "to" << path;
    if (error)
        error->clear();
    return true;
}

} // namespace billing
