#pragma once

#include "CredentialStore.h"

#include <chrono>
#include <memory>

namespace QKeychain {
class Job;
}

namespace billing {

// Passwords in the system keychain through QtKeychain (the Secret Service on Linux), under
// the service billing::applicationId(). There is no insecure fallback: when no keychain is
// reachable the caller gets NoBackend and nothing is written anywhere.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    QString service() const;

    // A keychain that is not up yet (e.g. right after login) is tried again once, after this.
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    void read(const CredentialKey &key, QObject *context, CredentialCallback callback) override;
    void write(const CredentialKey &key, const QString &password, QObject *context,
               CredentialCallback callback) override;
    void remove(const CredentialKey &key, QObject *context, CredentialCallback callback) override;

private:
    struct Request;
    void submit(std::shared_ptr<Request> request);
    void start(const std::shared_ptr<Request> &request);
    void finished(const std::shared_ptr<Request> &request, QKeychain::Job *job,
                  const QString &password);

    std::chrono::milliseconds m_retryDelay{std::chrono::seconds(3)};
};

} // namespace billing
