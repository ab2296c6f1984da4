#include "StoredCredentials.h"

#include "CredentialKey.h"
#include "CredentialStore.h"
#include "KeychainSession.h"

#include <memory>

namespace billing {

StoredCredentials::StoredCredentials(CredentialStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

QString StoredCredentials::whyNotForgettable(const ServerProfile &profile)
{
    if (profile.username.trimmed().isEmpty())
        return tr("No user name is saved in this profile, so no stored sign-in is known.");
    if (!CredentialKey(profile.url, profile.username.trimmed()).isValid())
        return tr("This profile has no server address yet.");
    return {};
}

void StoredCredentials::forget(const ServerProfile &profile, Callback done)
{
    if (const QString reason = whyNotForgettable(profile); !reason.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [done, reason] {
                done({false, reason});
            },
            Qt::QueuedConnection);
        return;
    }
    const QString username = profile.username.trimmed();
    const CredentialKey passwordKey(profile.url, username);
    const CredentialKey tokenKey = KeychainSession::sessionTokenKey(passwordKey);

    // Both entries are removed independently; the first failure is the one reported.
    auto failure = std::make_shared<QString>();
    auto pending = std::make_shared<int>(2);
    const QString server = CredentialKey::normalisedUrl(profile.url);
    auto finishOne = [done, failure, pending, username, server](const CredentialResult &result) {
        if (!result.ok() && failure->isEmpty())
            *failure = result.message;
        if (--*pending > 0)
            return;
        if (!failure->isEmpty())
            done({false, *failure});
        else
            done({true, tr("The stored password and session of %1 on %2 were removed.")
                            .arg(username, server)});
    };
    m_store.remove(passwordKey, this, finishOne);
    m_store.remove(tokenKey, this, finishOne);
}

} // namespace billing
