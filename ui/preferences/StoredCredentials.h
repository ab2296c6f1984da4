#pragma once

#include "ServerProfile.h"

#include <QObject>
#include <QString>

#include <functional>

namespace billing {

class CredentialStore;

// Removes what a sign-in left in the keychain for a profile's user: the password and the
// session token (see KeychainSession). Both removals are attempted even when one fails.
class StoredCredentials : public QObject
{
    Q_OBJECT

public:
    struct Result {
        bool ok = true;
        QString message; // translated: what was done, or why it failed
    };
    using Callback = std::function<void(const Result &)>;

    explicit StoredCredentials(CredentialStore &store, QObject *parent = nullptr);

    // Empty when `profile` names a user on a known server, else a translated reason.
    static QString whyNotForgettable(const ServerProfile &profile);
    // Calls `done` once, from the event loop, unless this object is destroyed first.
    void forget(const ServerProfile &profile, Callback done);

private:
    CredentialStore &m_store;
};

} // namespace billing
