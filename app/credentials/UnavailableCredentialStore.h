#pragma once

#include "CredentialStore.h"

namespace billing {

// Fault injector, for tests and UI checks only: a credential store whose keychain is never
// reachable. Every call ends with NoBackend, asynchronously, as the real store does without
// D-Bus. Not a mock: it stores nothing and returns no password, ever.
class UnavailableCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit UnavailableCredentialStore(QObject *parent = nullptr);
    ~UnavailableCredentialStore() override;

    void read(const CredentialKey &key, QObject *context, CredentialCallback callback) override;
    void write(const CredentialKey &key, const QString &password, QObject *context,
               CredentialCallback callback) override;
    void remove(const CredentialKey &key, QObject *context, CredentialCallback callback) override;

private:
    CredentialResult unavailable() const;
};

} // namespace billing
