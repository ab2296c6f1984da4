#include "PrivateFiles.h"

#include "ExportLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace billing {
namespace {
constexpr QFileDevice::Permissions kOwnerOnlyDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
} // namespace

bool makePrivateDirectory(const QString &directory)
{
    const QString path = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    QStringList created; // the folders mkpath() is about to create, deepest first
    for (QString missing = path; !missing.isEmpty() && !QFileInfo::exists(missing);) {
        created << missing;
        const QString parent = QFileInfo(missing).absolutePath();
        if (parent == missing)
            break;
        missing = parent;
    }
    if (!QDir().mkpath(path))
        return false;
    if (!created.contains(path))
        created << path; // a folder made before this rule: restricted from now on
    bool restricted = true;
    for (const QString &folder : std::as_const(created)) {
        if (!QFile::setPermissions(folder, kOwnerOnlyDirectory)) {
            qCWarning(lcExport) << "cannot make" << folder << "owner-only";
            restricted = false;
        }
    }
    return restricted;
}

bool restrictToOwner(const QString &path)
{
    if (QFile::setPermissions(path, kOwnerOnlyFile))
        return true;
    qCWarning(lcExport) << "cannot make" << path << "owner-only";
    return false;
}

} // namespace billing
