#include "KeychainCredentialStore.h"

#include "ApplicationInfo.h"
#include "CredentialsLog.h"
#include "KeychainErrorMapping.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace billing {

struct KeychainCredentialStore::Request {
    enum class Operation { Read, Write, Remove };

    Operation operation = Operation::Read;
    CredentialKey key;
    QString password;
    QPointer<QObject> context;
    bool guarded = false;
    CredentialCallback callback;
    bool retried = false;

    const char *name() const
    {
        switch (operation) {
        case Operation::Read:
            return "read";
        case Operation::Write:
            return "write";
        case Operation::Remove:
            return "remove";
        }
        return "?";
    }
};

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
{}

KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::service() const
{
    return applicationId();
}

void KeychainCredentialStore::read(const CredentialKey &key, QObject *context,
                                   CredentialCallback callback)
{
    auto request = std::make_shared<Request>();
    request->operation = Request::Operation::Read;
    request->key = key;
    request->context = context;
    request->guarded = context != nullptr;
    request->callback = std::move(callback);
    submit(std::move(request));
}

void KeychainCredentialStore::write(const CredentialKey &key, const QString &password,
                                    QObject *context, CredentialCallback callback)
{
    auto request = std::make_shared<Request>();
    request->operation = Request::Operation::Write;
    request->key = key;
    request->password = password;
    request->context = context;
    request->guarded = context != nullptr;
    request->callback = std::move(callback);
    submit(std::move(request));
}

void KeychainCredentialStore::remove(const CredentialKey &key, QObject *context,
                                     CredentialCallback callback)
{
    auto request = std::make_shared<Request>();
    request->operation = Request::Operation::Remove;
    request->key = key;
    request->context = context;
    request->guarded = context != nullptr;
    request->callback = std::move(callback);
    submit(std::move(request));
}

void KeychainCredentialStore::submit(std::shared_ptr<Request> request)
{
    if (!request->key.isValid()) {
        qCWarning(lcCredentials) << "refusing to" << request->name() << "an invalid key"
                                 << request->key.keychainKey();
        deliverLater(request->context, std::move(request->callback), invalidKey(request->key));
        return;
    }
    start(request);
}

void KeychainCredentialStore::start(const std::shared_ptr<Request> &request)
{
    // Jobs are never parented to the store: deleting a job whose libsecret call is still
    // pending would leave libsecret a dangling pointer. They delete themselves when done.
    QKeychain::Job *job = nullptr;
    QKeychain::ReadPasswordJob *readJob = nullptr;
    switch (request->operation) {
    case Request::Operation::Read:
        job = readJob = new QKeychain::ReadPasswordJob(service());
        break;
    case Request::Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(service());
        writeJob->setTextData(request->password);
        job = writeJob;
        break;
    }
    case Request::Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service());
        break;
    }
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(request->key.keychainKey());
    connect(job, &QKeychain::Job::finished, this, [this, request, readJob](QKeychain::Job *done) {
        finished(request, done, readJob ? readJob->textData() : QString());
    });
    qCDebug(lcCredentials) << "keychain" << request->name() << request->key.keychainKey();
    job->start();
}

void KeychainCredentialStore::finished(const std::shared_ptr<Request> &request, QKeychain::Job *job,
                                       const QString &password)
{
    const QKeychain::Error error = job->error();
    const QString detail = job->errorString();
    CredentialResult::Status status = credentialStatusFor(error, detail);
    if (status == CredentialResult::Status::NotFound
        && request->operation == Request::Operation::Remove)
        status = CredentialResult::Status::Ok;

    const bool maybeNotUpYet =
        status == CredentialResult::Status::NoBackend || status == CredentialResult::Status::Failed;
    if (maybeNotUpYet && !request->retried) {
        request->retried = true;
        qCInfo(lcCredentials) << "keychain" << request->name() << "failed, retrying once in"
                              << m_retryDelay.count() << "ms:" << detail;
        QTimer::singleShot(m_retryDelay, this, [this, request] { start(request); });
        return;
    }

    CredentialResult result;
    switch (status) {
    case CredentialResult::Status::Ok:
        result = CredentialResult::success(password);
        break;
    case CredentialResult::Status::NotFound:
        result = CredentialResult::notFound(request->key.keychainKey());
        break;
    case CredentialResult::Status::NoBackend:
        result = CredentialResult::noBackend(detail);
        break;
    case CredentialResult::Status::AccessDenied:
        result = CredentialResult::accessDenied(detail);
        break;
    case CredentialResult::Status::Failed:
        result = CredentialResult::failed(detail);
        break;
    }
    if (status == CredentialResult::Status::Ok || status == CredentialResult::Status::NotFound)
        qCDebug(lcCredentials) << "keychain" << request->name() << request->key.keychainKey()
                               << status;
    else
        qCWarning(lcCredentials) << "keychain" << request->name() << request->key.keychainKey()
                                 << status << detail;

    request->password.clear();
    if (request->guarded && !request->context)
        return;
    if (request->callback)
        request->callback(result);
}

} // namespace billing
