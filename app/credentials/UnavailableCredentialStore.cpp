#include "UnavailableCredentialStore.h"

#include <QCoreApplication>

namespace billing {

UnavailableCredentialStore::UnavailableCredentialStore(QObject *parent)
    : CredentialStore(parent)
{}

UnavailableCredentialStore::~UnavailableCredentialStore() = default;

void UnavailableCredentialStore::read(const CredentialKey &, QObject *context,
                                      CredentialCallback callback)
{
    deliverLater(context, std::move(callback), unavailable());
}

void UnavailableCredentialStore::write(const CredentialKey &, const QString &, QObject *context,
                                       CredentialCallback callback)
{
    deliverLater(context, std::move(callback), unavailable());
}

void UnavailableCredentialStore::remove(const CredentialKey &, QObject *context,
                                        CredentialCallback callback)
{
    deliverLater(context, std::move(callback), unavailable());
}

CredentialResult UnavailableCredentialStore::unavailable() const
{
    return CredentialResult::noBackend(QCoreApplication::translate(
        "billing::UnavailableCredentialStore", "the keychain was switched off for this test"));
}

} // namespace billing
