#include "CredentialStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace billing {

CredentialStore::~CredentialStore() = default;

void CredentialStore::deliverLater(QObject *context, CredentialCallback callback,
                                   const CredentialResult &result)
{
    const bool guarded = context != nullptr;
    QTimer::singleShot(
        0, this,
        [guard = QPointer<QObject>(context), guarded, callback = std::move(callback), result] {
            if (guarded && !guard)
                return;
            if (callback)
                callback(result);
        });
}

CredentialResult CredentialStore::invalidKey(const CredentialKey &key)
{
    return CredentialResult::failed(
        QCoreApplication::translate(
            "billing::CredentialStore",
            "Cannot use the system keychain for \"%1\": it needs a user name and an "
            "http(s) server address.")
            .arg(key.keychainKey()));
}

} // namespace billing
