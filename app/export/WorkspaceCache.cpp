#include "WorkspaceCache.h"

#include "ExportLog.h"
#include "WorkspaceJsonReader.h"
#include "WorkspaceJsonWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QStandardPaths>

namespace billing {
namespace {
// The messages' translation context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct CacheText {
    Q_DECLARE_TR_FUNCTIONS(billing::WorkspaceCache)
};
} // namespace

QString WorkspaceCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
           + QStringLiteral("/cache");
}

WorkspaceCache::WorkspaceCache(const QString &directory, const QUrl &server,
                               const QString &username)
    : m_file(directory, server, username,
             {QStringLiteral("workspaces"), QStringLiteral("billing-desk.workspace-cache"), 1})
    , m_username(username)
{}

QString WorkspaceCache::filePath() const
{
    return m_file.filePath();
}

bool WorkspaceCache::save(const QList<Workspace> &workspaces, const QDateTime &syncedAt,
                          QString *error)
{
    return save(workspaces, syncedAt, QString(), error);
}

bool WorkspaceCache::save(const QList<Workspace> &workspaces, const QDateTime &syncedAt,
                          const QString &syncToken, QString *error)
{
    // Streamed as text: a QJsonDocument of 100 000 workspaces would need ~100 MB for a moment
    // and keep the GUI busy (issue 8). Same members as the contract's Workspace objects.
    QByteArray bytes = m_file.beginObject(syncedAt);
    bytes.reserve(bytes.size() + 32 + workspaces.size() * 420);
    if (!syncToken.isEmpty()) {
        bytes += ",\"syncToken\":";
        WorkspaceJson::appendString(bytes, syncToken);
    }
    bytes += ",\"workspaces\":[";
    for (qsizetype i = 0; i < workspaces.size(); ++i) {
        if (i > 0)
            bytes += ',';
        WorkspaceJson::append(bytes, workspaces.at(i));
    }
    bytes += "]}";

    QString cause;
    if (!m_file.write(bytes, &cause)) {
        if (error)
            *error = CacheText::tr("Cannot write the workspace cache %1: %2")
                         .arg(QDir::toNativeSeparators(filePath()), cause);
        qCWarning(lcExport) << "cannot write cache" << filePath() << cause;
        return false;
    }
    qCDebug(lcExport) << "cached" << workspaces.size() << "workspaces in" << filePath();
    return true;
}

std::optional<WorkspaceCache::Contents> WorkspaceCache::load(QString *error) const
{
    if (error)
        error->clear();
    const auto fail = [&](const QString &reason) -> std::optional<Contents> {
        if (error)
            *error = CacheText::tr("The workspace cache %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(filePath()), reason);
        qCWarning(lcExport) << "unreadable cache" << filePath() << reason;
        return std::nullopt;
    };
    QString cause;
    const auto bytes = m_file.readBytes(&cause);
    if (!bytes)
        return cause.isEmpty() ? std::nullopt : fail(cause);
    Contents contents;
    QVariantMap head;
    int skipped = 0;
    WorkspaceJsonReader reader;
    if (!reader.readObjectWithList(*bytes, "workspaces", &contents.workspaces, &skipped, &head,
                                   &cause))
        return fail(cause);
    if (skipped > 0)
        return fail(CacheText::tr("%n workspace(s) cannot be read", nullptr, skipped));
    const auto read = m_file.check(QJsonObject::fromVariantMap(head), &cause);
    if (!read)
        return fail(cause);
    contents.server = QUrl(head.value(QStringLiteral("server")).toString());
    contents.username = m_username;
    contents.syncedAt = read->syncedAt;
    contents.syncToken = head.value(QStringLiteral("syncToken")).toString();
    return contents;
}

QString describeAge(const QDateTime &syncedAt, const QDateTime &now)
{
    const qint64 seconds = qMax<qint64>(0, syncedAt.secsTo(now));
    if (seconds < 60)
        return CacheText::tr("less than a minute");
    if (seconds < 3600)
        return CacheText::tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return CacheText::tr("%n hour(s)", nullptr, int(seconds / 3600));
    return CacheText::tr("%n day(s)", nullptr, int(seconds / 86400));
}

} // namespace billing
