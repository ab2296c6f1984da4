#include "WorkspaceCache.h"

#include "ExportLog.h"
#include "WorkspaceJsonReader.h"
#include "WorkspaceJsonWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace billing {
namespace {
// The messages' translation context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct CacheText {
    Q_DECLARE_TR_FUNCTIONS(billing::WorkspaceCache)
};

// Version 1: one JSON object with a "workspaces" array. Version 2 (issue 20): JSON Lines,
// the head object (with "count") on the first line, then one workspace per line.
ProfileCacheFile::Kind kind(int version)
{
    return {QStringLiteral("workspaces"), QStringLiteral("billing-desk.workspace-cache"), version};
}
} // namespace

QString WorkspaceCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
           + QStringLiteral("/cache");
}

WorkspaceCache::WorkspaceCache(const QString &directory, const QUrl &server,
                               const QString &username)
    : m_file(directory, server, username, kind(2))
    , m_legacyFile(directory, server, username, kind(1))
    , m_username(username)
{}

QString WorkspaceCache::filePath() const
{
    return m_file.filePath();
}

bool WorkspaceCache::save(const QList<Workspace> &workspaces, const QDateTime &syncedAt,
                          QString *error) const
{
    return save(workspaces, syncedAt, QString(), error);
}

bool WorkspaceCache::save(const QList<Workspace> &workspaces, const QDateTime &syncedAt,
                          const QString &syncToken, QString *error) const
{
    // Streamed as text: a QJsonDocument of 100 000 workspaces would need ~100 MB for a moment
    // and keep the GUI busy (issue 8). Same members as the contract's Workspace objects.
    QByteArray bytes = m_file.beginObject(syncedAt);
    bytes.reserve(bytes.size() + 64 + workspaces.size() * 420);
    if (!syncToken.isEmpty()) {
        bytes += ",\"syncToken\":";
        WorkspaceJson::appendString(bytes, syncToken);
    }
    bytes += ",\"count\":" + QByteArray::number(workspaces.size()) + "}\n";
    for (const Workspace &workspace : workspaces) {
        WorkspaceJson::append(bytes, workspace);
        bytes += '\n';
    }

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
    const auto file = m_file.bytes(&cause);
    if (!file)
        return cause.isEmpty() ? std::nullopt : fail(cause);
    const QByteArrayView bytes = file->view();
    Contents contents;
    QJsonObject head;
    std::optional<ProfileCacheFile::Read> read;
    int skipped = 0;
    const qsizetype headEnd = bytes.indexOf('\n');
    if (headEnd < 0) {
        // A version 1 copy (one line): read once, written as version 2 after the next sync.
        QVariantMap members;
        WorkspaceJsonReader reader;
        if (!reader.readObjectWithList(bytes, "workspaces", &contents.workspaces, &skipped,
                                       &members, &cause))
            return fail(cause);
        head = QJsonObject::fromVariantMap(members);
        if (!(read = m_legacyFile.check(head, &cause)))
            return fail(cause);
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(bytes.first(headEnd).toByteArray());
        head = document.object();
        if (!(read = m_file.check(head, &cause)))
            return fail(cause);
        const qint64 count = head.value(u"count").toInteger(-1);
        if (count < 0)
            return fail(CacheText::tr("no workspace count"));
        contents.workspaces.reserve(qsizetype(qMin<qint64>(count, 1000000)));
        WorkspaceJsonReader().readLines(bytes.sliced(headEnd + 1), &contents.workspaces, &skipped);
        if (skipped == 0 && contents.workspaces.size() != count)
            return fail(CacheText::tr("it holds %1 of its %2 workspaces")
                            .arg(contents.workspaces.size())
                            .arg(count));
    }
    if (skipped > 0)
        return fail(CacheText::tr("%n workspace(s) cannot be read", nullptr, skipped));
    contents.server = QUrl(head.value(u"server").toString());
    contents.username = m_username;
    contents.syncedAt = read->syncedAt;
    contents.syncToken = head.value(u"syncToken").toString();
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
