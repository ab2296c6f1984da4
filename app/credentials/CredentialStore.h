#pragma once

#include "CredentialKey.h"
#include "CredentialResult.h"

#include <QObject>

#include <functional>

namespace billing {

using CredentialCallback = std::function<void(const CredentialResult &)>;

// Asynchronous password storage. Each call returns at once; `callback` runs later from the
// event loop, exactly once, unless `context` (when given) or the store is destroyed first.
// A key that is not valid gives Failed, still through the callback.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~CredentialStore() override;

    virtual void read(const CredentialKey &key, QObject *context, CredentialCallback callback) = 0;
    virtual void write(const CredentialKey &key, const QString &password, QObject *context,
                       CredentialCallback callback) = 0;
    // Removing an entry that does not exist is Ok.
    virtual void remove(const CredentialKey &key, QObject *context,
                        CredentialCallback callback) = 0;

protected:
    // Runs `callback` from the event loop unless this store or `context` is gone by then.
    void deliverLater(QObject *context, CredentialCallback callback,
                      const CredentialResult &result);
    static CredentialResult invalidKey(const CredentialKey &key);
};

} // namespace billing
