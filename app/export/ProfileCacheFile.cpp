#include "ProfileCacheFile.h"

#include "CredentialKey.h"
#include "PrivateFiles.h"
#include "Rfc3339.h"
#include "WorkspaceJsonWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace billing {
namespace {
// The messages' translation context (lupdate reads Q_DECLARE_TR_FUNCTIONS); the workspace
// cache's, where these words were first written.
struct CacheText {
    Q_DECLARE_TR_FUNCTIONS(billing::WorkspaceCache)
};
} // namespace

ProfileCacheFile::ProfileCacheFile(const QString &directory, const QUrl &server,
                                   const QString &username, const Kind &kind)
    : m_directory(directory)
    // As the keychain names the server: https://Host/ and https://host share one copy as
    // they share one login.
    , m_server(CredentialKey::normalisedUrl(server))
    , m_username(username)
    , m_kind(kind)
{}

QString ProfileCacheFile::filePath() const
{
    // A hash keeps any user name and URL a valid, fixed-length file name.
    const QByteArray key = m_server.toUtf8() + '\n' + m_username.toUtf8();
    const QByteArray digest =
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24);
    return QDir(m_directory)
        .filePath(QStringLiteral("%1-%2.json").arg(m_kind.filePrefix, QString::fromLatin1(digest)));
}

QByteArray ProfileCacheFile::beginObject(const QDateTime &syncedAt) const
{
    QByteArray bytes = "{\"format\":";
    WorkspaceJson::appendString(bytes, m_kind.format);
    bytes += ",\"version\":" + QByteArray::number(m_kind.version) + ",\"server\":";
    WorkspaceJson::appendString(bytes, m_server);
    bytes += ",\"username\":";
    WorkspaceJson::appendString(bytes, m_username);
    bytes += ",\"syncedAt\":";
    WorkspaceJson::appendTime(bytes, syncedAt);
    return bytes;
}

bool ProfileCacheFile::write(const QByteArray &bytes, QString *cause) const
{
    if (!makePrivateDirectory(m_directory)) {
        *cause = CacheText::tr("the folder %1 cannot be created")
                     .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QSaveFile file(filePath());
    file.setDirectWriteFallback(false);
    // After open(): QSaveFile gives the new file the old one's permissions, or the umask's.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnlyFile)
        || file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        *cause = file.errorString();
        file.cancelWriting();
        return false;
    }
    return true;
}

std::optional<ProfileCacheFile::Bytes> ProfileCacheFile::bytes(QString *cause) const
{
    cause->clear();
    Bytes bytes;
    bytes.m_file = std::make_unique<QFile>(filePath());
    if (!bytes.m_file->exists())
        return std::nullopt;
    if (!bytes.m_file->open(QIODevice::ReadOnly)) {
        *cause = bytes.m_file->errorString();
        return std::nullopt;
    }
    const qint64 size = bytes.m_file->size();
    if (const uchar *mapped = size > 0 ? bytes.m_file->map(0, size) : nullptr) {
        bytes.m_view = QByteArrayView(mapped, qsizetype(size));
    } else {
        bytes.m_read = bytes.m_file->readAll();
        bytes.m_view = bytes.m_read;
    }
    return bytes;
}

std::optional<ProfileCacheFile::Read> ProfileCacheFile::read(QString *cause) const
{
    const auto bytes = this->bytes(cause);
    if (!bytes)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(bytes->view().toByteArray(), &parseError);
    if (!document.isObject()) {
        *cause = parseError.errorString();
        return std::nullopt;
    }
    return check(document.object(), cause);
}

std::optional<ProfileCacheFile::Read> ProfileCacheFile::check(const QJsonObject &root,
                                                              QString *cause) const
{
    const auto fail = [cause](const QString &reason) -> std::optional<Read> {
        *cause = reason;
        return std::nullopt;
    };
    Read read{root, {}};
    if (read.root.value(u"format").toString() != m_kind.format
        || read.root.value(u"version").toInt() != m_kind.version)
        return fail(CacheText::tr("unknown format or version"));
    if (read.root.value(u"server").toString() != m_server
        || read.root.value(u"username").toString() != m_username)
        return fail(CacheText::tr("it belongs to another profile"));
    read.syncedAt = rfc3339::parse(read.root.value(u"syncedAt").toString());
    if (!read.syncedAt.isValid())
        return fail(CacheText::tr("no valid sync time"));
    return read;
}

} // namespace billing
