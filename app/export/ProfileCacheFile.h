#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace billing {

// The file of one offline copy of a profile (server + username), docs/export.md:
// <directory>/<kind>-<hash>.json holding {"format","version","server","username","syncedAt",
// …the copy's own members}. Written atomically; the server is written without user info,
// so a password in a URL never reaches the file. WorkspaceCache and ActivityCache are
// such copies.
class ProfileCacheFile
{
public:
    struct Kind {
        QString filePrefix; // "workspaces"
        QString format;     // "billing-desk.workspace-cache"
        int version = 1;
    };

    ProfileCacheFile(const QString &directory, const QUrl &server, const QString &username,
                     const Kind &kind);

    QString filePath() const;
    // `{"format":…,"version":…,"server":…,"username":…,"syncedAt":…`: the caller appends
    // its members (each after a comma) and the closing brace.
    QByteArray beginObject(const QDateTime &syncedAt) const;
    // Creates the folder and replaces the file atomically; false with *cause (translated)
    // saying why not.
    bool write(const QByteArray &bytes, QString *cause) const;

    struct Read {
        QJsonObject root;
        QDateTime syncedAt;
    };
    // Nullopt with an empty *cause when there is no file; with *cause (translated) when the
    // file cannot be read, is not this kind of copy, or belongs to another profile.
    std::optional<Read> read(QString *cause) const;
    // The file's bytes, mapped where the file system allows (a large copy is not copied and
    // faulted in once more), else read; valid while the object lives.
    class Bytes
    {
    public:
        QByteArrayView view() const { return m_view; }

    private:
        friend class ProfileCacheFile;
        std::unique_ptr<QFile> m_file;
        QByteArray m_read;
        QByteArrayView m_view;
    };
    // For a copy that parses the bytes itself (nullopt as for read()); then check() on its
    // head members says whether they are this profile's copy.
    std::optional<Bytes> bytes(QString *cause) const;
    std::optional<Read> check(const QJsonObject &root, QString *cause) const;

private:
    QString m_directory;
    QString m_server; // normalised, without user info
    QString m_username;
    Kind m_kind;
};

} // namespace billing
