#include "CredentialResult.h"

#include <QCoreApplication>

namespace billing {
namespace {
CredentialResult make(CredentialResult::Status status, const QString &message)
{
    CredentialResult result;
    result.status = status;
    result.message = message;
    return result;
}
} // namespace

CredentialResult CredentialResult::success(const QString &password)
{
    CredentialResult result = make(Status::Ok, {});
    result.password = password;
    return result;
}

CredentialResult CredentialResult::notFound(const QString &keychainKey)
{
    return make(Status::NotFound,
                QCoreApplication::translate("billing::CredentialResult",
                                            "The system keychain holds no password for %1.")
                    .arg(keychainKey));
}

CredentialResult CredentialResult::noBackend(const QString &detail)
{
    return make(Status::NoBackend,
                QCoreApplication::translate(
                    "billing::CredentialResult",
                    "The system keychain is not available (no Secret Service on D-Bus): %1")
                    .arg(detail));
}

CredentialResult CredentialResult::accessDenied(const QString &detail)
{
    return make(Status::AccessDenied, QCoreApplication::translate(
                                          "billing::CredentialResult",
                                          "The system keychain refused access (is it locked?): %1")
                                          .arg(detail));
}

CredentialResult CredentialResult::failed(const QString &detail)
{
    return make(Status::Failed,
                QCoreApplication::translate("billing::CredentialResult",
                                            "The system keychain reported an error: %1")
                    .arg(detail));
}

} // namespace billing
