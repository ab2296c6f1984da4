#include "KeychainErrorMapping.h"

#include <array>

namespace billing {

bool isMissingBackendText(const QString &errorText)
{
    // Messages of GDBus (libsecret), libdbus and QtKeychain itself; not translated by them.
    static constexpr std::array markers{
        u"could not connect",
        u"failed to connect to socket",
        u"autolaunch",
        u"cannot spawn a message bus",
        u"d-bus is not running",
        u"dbus.error.noserver",
        u"dbus.error.serviceunknown",
        u"was not provided by any .service files",
        u"org.freedesktop.secrets",
        u"secret service",
        u"no keychain service available",
        u"no keyring daemon",
    };
    for (const auto marker : markers) {
        if (errorText.contains(QStringView(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

CredentialResult::Status credentialStatusFor(QKeychain::Error error, const QString &errorText)
{
    using Status = CredentialResult::Status;
    switch (error) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Status::NoBackend;
    case QKeychain::OtherError:
        return isMissingBackendText(errorText) ? Status::NoBackend : Status::Failed;
    case QKeychain::CouldNotDeleteEntry:
        return Status::Failed;
    }
    return Status::Failed;
}

} // namespace billing
