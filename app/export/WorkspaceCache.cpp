#include "WorkspaceCache.h"

#include "CredentialKey.h"
#include "ExportLog.h"
#include "Rfc3339.h"
#include "WorkspaceJsonWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace billing {
namespace {
// The messages' translation context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct CacheText {
    Q_DECLARE_TR_FUNCTIONS(billing::WorkspaceCache)
};

const QString kCacheFormat = QStringLiteral("billing-desk.workspace-cache");
constexpr int kCacheVersion = 1;

// The profile's server as the keychain names it: no user info (a password in a URL stays
// out), so https://Host/ and https://host share one cache as they share one login.
QString profileServer(const QUrl &server)
{
    return CredentialKey::normalisedUrl(server);
}
} // namespace

QString WorkspaceCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
           + QStringLiteral("/cache");
}

WorkspaceCache::WorkspaceCache(const QString &directory, const QUrl &server,
                               const QString &username)
    : m_directory(directory)
    , m_server(server)
    , m_username(username)
{}

QString WorkspaceCache::filePath() const
{
    // A hash keeps any user name and URL a valid, fixed-length file name.
    const QByteArray key = profileServer(m_server).toUtf8() + '\n' + m_username.toUtf8();
    const QByteArray digest =
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24);
    return QDir(m_directory)
        .filePath(QStringLiteral("workspaces-%1.json").arg(QString::fromLatin1(digest)));
}

bool WorkspaceCache::save(const QList<Workspace> &workspaces, const QDateTime &syncedAt,
                          QString *error)
{
    // Streamed as text: a QJsonDocument of 100 000 workspaces would need ~100 MB for a moment
    // and keep the GUI busy (issue 8). Same members as the contract's Workspace objects.
    QByteArray bytes;
    bytes.reserve(256 + workspaces.size() * 420);
    bytes += "{\"format\":";
    WorkspaceJson::appendString(bytes, kCacheFormat);
    bytes += ",\"version\":" + QByteArray::number(kCacheVersion) + ",\"server\":";
    WorkspaceJson::appendString(bytes, profileServer(m_server));
    bytes += ",\"username\":";
    WorkspaceJson::appendString(bytes, m_username);
    bytes += ",\"syncedAt\":";
    WorkspaceJson::appendTime(bytes, syncedAt);
    bytes += ",\"workspaces\":[";
    for (qsizetype i = 0; i < workspaces.size(); ++i) {
        if (i > 0)
            bytes += ',';
        WorkspaceJson::append(bytes, workspaces.at(i));
    }
    bytes += "]}";

    const QString path = filePath();
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = CacheText::tr("Cannot create the cache folder %1.")
                         .arg(QDir::toNativeSeparators(m_directory));
        qCWarning(lcExport) << "cannot create cache folder" << m_directory;
        return false;
    }
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()
        || !file.commit()) {
        if (error)
            *error = CacheText::tr("Cannot write the workspace cache %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        qCWarning(lcExport) << "cannot write cache" << path << file.errorString();
        file.cancelWriting();
        return false;
    }
    qCDebug(lcExport) << "cached" << workspaces.size() << "workspaces in" << path;
    return true;
}

std::optional<WorkspaceCache::Contents> WorkspaceCache::load(QString *error) const
{
    if (error)
        error->clear();
    const QString path = filePath();
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    const auto fail = [&](const QString &reason) -> std::optional<Contents> {
        if (error)
            *error = CacheText::tr("The workspace cache %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        qCWarning(lcExport) << "unreadable cache" << path << reason;
        return std::nullopt;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return fail(parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(u"format").toString() != kCacheFormat
        || root.value(u"version").toInt() != kCacheVersion)
        return fail(CacheText::tr("unknown format or version"));
    if (root.value(u"server").toString() != profileServer(m_server)
        || root.value(u"username").toString() != m_username)
        return fail(CacheText::tr("it belongs to another profile"));

    Contents contents;
    contents.server = QUrl(root.value(u"server").toString());
    contents.username = m_username;
    contents.syncedAt = rfc3339::parse(root.value(u"syncedAt").toString());
    if (!contents.syncedAt.isValid())
        return fail(CacheText::tr("no valid sync time"));
    const QJsonArray list = root.value(u"workspaces").toArray();
    contents.workspaces.reserve(list.size());
    for (const QJsonValue &value : list) {
        QString field;
        const auto workspace = workspaceFromJson(value.toObject(), &field);
        if (!workspace)
            return fail(CacheText::tr("a workspace has an invalid %1").arg(field));
        contents.workspaces.append(*workspace);
    }
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
