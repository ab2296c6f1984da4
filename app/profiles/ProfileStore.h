#pragma once

#include "ServerProfile.h"

#include <QList>
#include <QObject>

#include <optional>

class QSettings;

namespace billing {

// The server profiles the user can pick at sign-in, kept in the injected settings under
// "serverProfiles/". The built-in "Local sandbox" profile always comes first; its URL is
// known only once the bundled server runs (setSandboxUrl). No secret is ever stored here:
// there is no API for one, and a URL carrying user info is refused.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    enum class Error { None, NotFound, BuiltIn, InvalidName, DuplicateName, InvalidUrl };

    struct Result {
        Error error = Error::None;
        QString message; // translated; empty on success
        QString id;      // the profile's id; assigned by add()

        bool ok() const { return error == Error::None; }
    };

    static QString sandboxProfileId();

    explicit ProfileStore(QSettings &settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    // The built-in sandbox profile, then the user's profiles in the order they were added.
    QList<ServerProfile> profiles() const;
    std::optional<ServerProfile> find(const QString &id) const;

    // The id of `profile` is ignored and a new one assigned; `sandbox` is always false.
    Result add(const ServerProfile &profile);
    Result update(const ServerProfile &profile);
    Result remove(const QString &id);

    // The stored id while that profile exists, otherwise the sandbox's.
    QString lastUsedProfileId() const;
    Result setLastUsedProfileId(const QString &id);

    QUrl sandboxUrl() const { return m_sandboxUrl; }
    void setSandboxUrl(const QUrl &url);

    // Empty when `url` may be a profile's address, otherwise a translated reason: http(s) with
    // a host, https unless the host is loopback, and no user name or password in it.
    static QString validateUrl(const QUrl &url);

Q_SIGNALS:
    void profilesChanged();

private:
    QList<ServerProfile> userProfiles() const;
    void saveUserProfiles(const QList<ServerProfile> &profiles);
    // QSettings::sync(), then the file (and any folder made for it) owner-only.
    void syncPrivately();
    ServerProfile sandboxProfile() const;
    Result check(const ServerProfile &profile, const QList<ServerProfile> &others) const;

    QSettings &m_settings;
    QUrl m_sandboxUrl;
};

} // namespace billing
