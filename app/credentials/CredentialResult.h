#pragma once

#include <QObject>
#include <QString>

namespace billing {

// The outcome of one credential store operation. `message` is translated and names the
// system keychain, so a dialog can show it as is; `password` is set only by a successful read.
struct CredentialResult {
    Q_GADGET

public:
    enum class Status {
        Ok,
        NotFound,
        NoBackend,    // no keychain to talk to (no D-Bus, no Secret Service)
        AccessDenied, // the keychain is locked or the user refused access
        Failed,
    };
    Q_ENUM(Status)

    Status status = Status::Failed;
    QString password;
    QString message;

    bool ok() const { return status == Status::Ok; }

    static CredentialResult success(const QString &password = {});
    static CredentialResult notFound(const QString &keychainKey);
    static CredentialResult noBackend(const QString &detail);
    static CredentialResult accessDenied(const QString &detail);
    static CredentialResult failed(const QString &detail);
};

} // namespace billing
