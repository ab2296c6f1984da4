#include "ProfileStore.h"

#include "PrivateFiles.h"
#include "ProfilesLog.h"
#include "UrlPolicy.h"

#include <QFileInfo>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace billing {
namespace {
const QString kGroup = QStringLiteral("serverProfiles");
const QString kItems = QStringLiteral("items");
const QString kLastUsed = QStringLiteral("lastUsed");

ProfileStore::Result failure(ProfileStore::Error error, const QString &message)
{
    ProfileStore::Result result;
    result.error = error;
    result.message = message;
    return result;
}

ProfileStore::Result success(const QString &id)
{
    ProfileStore::Result result;
    result.id = id;
    return result;
}

QString storedUrl(QUrl url)
{
    url.setUserInfo({});
    return url.toString(QUrl::FullyEncoded);
}
} // namespace

QString ProfileStore::sandboxProfileId()
{
    return QStringLiteral("sandbox");
}

ProfileStore::ProfileStore(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

ProfileStore::~ProfileStore() = default;

QList<ServerProfile> ProfileStore::profiles() const
{
    QList<ServerProfile> all{sandboxProfile()};
    all += userProfiles();
    return all;
}

std::optional<ServerProfile> ProfileStore::find(const QString &id) const
{
    for (const ServerProfile &profile : profiles()) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

ProfileStore::Result ProfileStore::add(const ServerProfile &profile)
{
    QList<ServerProfile> stored = userProfiles();
    ServerProfile added = profile;
    added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    added.name = added.name.trimmed();
    added.sandbox = false;
    if (const Result problem = check(added, stored); !problem.ok())
        return problem;
    stored.append(added);
    saveUserProfiles(stored);
    qCInfo(lcProfiles) << "added profile" << added.id << added.url.host();
    Q_EMIT profilesChanged();
    return success(added.id);
}

ProfileStore::Result ProfileStore::update(const ServerProfile &profile)
{
    if (profile.id == sandboxProfileId())
        return failure(Error::BuiltIn, tr("The local sandbox profile cannot be changed."));
    QList<ServerProfile> stored = userProfiles();
    const auto sameId = [&](const ServerProfile &p) {
        return p.id == profile.id;
    };
    const qsizetype index = std::distance(
        std::as_const(stored).begin(),
        std::find_if(std::as_const(stored).begin(), std::as_const(stored).end(), sameId));
    if (index == stored.size())
        return failure(Error::NotFound, tr("This server profile no longer exists."));
    ServerProfile updated = profile;
    updated.name = updated.name.trimmed();
    updated.sandbox = false;
    QList<ServerProfile> others = stored;
    others.removeAt(index);
    if (const Result problem = check(updated, others); !problem.ok())
        return problem;
    stored[index] = updated;
    saveUserProfiles(stored);
    qCInfo(lcProfiles) << "updated profile" << updated.id;
    Q_EMIT profilesChanged();
    return success(updated.id);
}

ProfileStore::Result ProfileStore::remove(const QString &id)
{
    if (id == sandboxProfileId())
        return failure(Error::BuiltIn, tr("The local sandbox profile cannot be removed."));
    QList<ServerProfile> stored = userProfiles();
    const qsizetype removed =
        stored.removeIf([&](const ServerProfile &profile) { return profile.id == id; });
    if (removed == 0)
        return failure(Error::NotFound, tr("This server profile no longer exists."));
    saveUserProfiles(stored);
    qCInfo(lcProfiles) << "removed profile" << id;
    Q_EMIT profilesChanged();
    return success(id);
}

QString ProfileStore::lastUsedProfileId() const
{
    const QString id = m_settings.value(kGroup + u'/' + kLastUsed).toString();
    return !id.isEmpty() && find(id) ? id : sandboxProfileId();
}

ProfileStore::Result ProfileStore::setLastUsedProfileId(const QString &id)
{
    if (!find(id))
        return failure(Error::NotFound, tr("This server profile no longer exists."));
    m_settings.setValue(kGroup + u'/' + kLastUsed, id);
    syncPrivately();
    return success(id);
}

void ProfileStore::setSandboxUrl(const QUrl &url)
{
    if (url == m_sandboxUrl)
        return;
    m_sandboxUrl = url;
    Q_EMIT profilesChanged();
}

QString ProfileStore::validateUrl(const QUrl &url)
{
    return serverUrlProblem(url); // user info included
}

QList<ServerProfile> ProfileStore::userProfiles() const
{
    QList<ServerProfile> result;
    m_settings.beginGroup(kGroup);
    const int size = m_settings.beginReadArray(kItems);
    for (int i = 0; i < size; ++i) {
        m_settings.setArrayIndex(i);
        ServerProfile profile;
        profile.id = m_settings.value(QStringLiteral("id")).toString();
        profile.name = m_settings.value(QStringLiteral("name")).toString();
        profile.url = QUrl(m_settings.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
        profile.url.setUserInfo({});
        profile.username = m_settings.value(QStringLiteral("username")).toString();
        if (profile.id.isEmpty() || profile.id == sandboxProfileId()) {
            qCWarning(lcProfiles) << "skipping a stored profile without a usable id at" << i;
            continue;
        }
        result.append(profile);
    }
    m_settings.endArray();
    m_settings.endGroup();
    return result;
}

void ProfileStore::saveUserProfiles(const QList<ServerProfile> &profiles)
{
    m_settings.beginGroup(kGroup);
    m_settings.remove(kItems);
    m_settings.beginWriteArray(kItems, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ServerProfile &profile = profiles.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("id"), profile.id);
        m_settings.setValue(QStringLiteral("name"), profile.name);
        m_settings.setValue(QStringLiteral("url"), storedUrl(profile.url));
        m_settings.setValue(QStringLiteral("username"), profile.username);
    }
    m_settings.endArray();
    m_settings.endGroup();
    syncPrivately();
    if (m_settings.status() != QSettings::NoError)
        qCWarning(lcProfiles) << "could not save server profiles to" << m_settings.fileName();
}

void ProfileStore::syncPrivately()
{
    const QString path = m_settings.fileName();
    const QString folder = QFileInfo(path).absolutePath();
    // Only a folder made here: the settings may sit in a folder that is not ours alone.
    if (!QFileInfo::exists(folder))
        makePrivateDirectory(folder);
    m_settings.sync();
    if (QFileInfo::exists(path))
        restrictToOwner(path);
}

ServerProfile ProfileStore::sandboxProfile() const
{
    ServerProfile profile;
    profile.id = sandboxProfileId();
    profile.name = tr("Local sandbox");
    profile.url = m_sandboxUrl;
    profile.sandbox = true;
    return profile;
}

ProfileStore::Result ProfileStore::check(const ServerProfile &profile,
                                         const QList<ServerProfile> &others) const
{
    if (profile.name.isEmpty())
        return failure(Error::InvalidName, tr("Enter a name for this server."));
    const QString sandboxName = sandboxProfile().name;
    const bool taken =
        profile.name.compare(sandboxName, Qt::CaseInsensitive) == 0
        || std::any_of(others.begin(), others.end(), [&](const ServerProfile &other) {
               return other.name.compare(profile.name, Qt::CaseInsensitive) == 0;
           });
    if (taken)
        return failure(Error::DuplicateName,
                       tr("Another server is already called \"%1\".").arg(profile.name));
    if (const QString problem = validateUrl(profile.url); !problem.isEmpty())
        return failure(Error::InvalidUrl, problem);
    return {};
}

} // namespace billing
