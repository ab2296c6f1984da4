#include "ClientError.h"

#include <QCoreApplication>
#include <QLocale>

namespace billing {
namespace {
// ClientError is a plain struct; this gives its messages the context lupdate files them under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::ClientError)
};
} // namespace

QString translatedApiMessage(const ApiError &error)
{
    switch (error.code) {
    case ErrorCode::MalformedJson:
        return Text::tr("The Billing Center could not read the request.");
    case ErrorCode::ValidationFailed:
        return Text::tr("Some fields are missing or invalid.");
    case ErrorCode::Unauthenticated:
        return Text::tr("Wrong username or password, or the session has ended.");
    case ErrorCode::Forbidden:
        return Text::tr("Access was refused.");
    case ErrorCode::NotFound:
        return Text::tr("Not found. It may have been deleted, or it belongs to another account.");
    case ErrorCode::VersionConflict:
        return Text::tr("Someone changed this workspace in the meantime.");
    case ErrorCode::UsernameTaken:
        return Text::tr("This username is already taken.");
    case ErrorCode::VerificationCodeInvalid:
        return Text::tr("The verification code is wrong or has expired.");
    case ErrorCode::ChangeTooSoon:
        if (error.nextChangeAllowedAt.isValid())
            return Text::tr(
                       "The settlement method can change once per calendar month; the next change "
                       "is allowed on %1.")
                .arg(QLocale().toString(error.nextChangeAllowedAt.toLocalTime(),
                                        QLocale::ShortFormat));
        return Text::tr("The settlement method can change once per calendar month.");
    case ErrorCode::MethodNotAllowedForSite:
        return Text::tr("This settlement method is not offered on the workspace's site.");
    case ErrorCode::InstanceNotFound:
        return Text::tr("No marketplace subscription has this ID.");
    case ErrorCode::InstanceNotActive:
        return Text::tr("This marketplace subscription is not active: it is not confirmed yet, "
                        "has expired or was closed.");
    case ErrorCode::InstanceOwnerMismatch:
        return Text::tr("This marketplace subscription belongs to another cloud account, or was "
                        "not claimed by this account.");
    case ErrorCode::ClaimCodeInvalid:
        return Text::tr("This claim code is wrong, was already used or has expired.");
    case ErrorCode::CloudSwitchBlocked:
        return Text::tr("A workspace settled by a live cloud subscription can only go back to the "
                        "Billing Center account, not to another cloud.");
    case ErrorCode::IdempotencyKeyReused:
        return Text::tr("This request was already sent with different content.");
    case ErrorCode::PayloadTooLarge:
        return Text::tr("The request is too large.");
    case ErrorCode::RateLimited:
        return Text::tr("Too many attempts. Please wait and try again.");
    case ErrorCode::MethodNotSupported:
    case ErrorCode::BadRequest:
    case ErrorCode::UsageDaySettled: // only the usage collector meets it
        return Text::tr("The Billing Center does not support this request.");
    case ErrorCode::ServiceUnavailable:
        return Text::tr("The Billing Center is temporarily unavailable.");
    case ErrorCode::InstanceReleased:
        return Text::tr("This marketplace instance was closed.");
    case ErrorCode::SyncTokenExpired:
        return Text::tr("The saved copy is too old to update; all workspaces are loaded again.");
    case ErrorCode::Internal:
        break;
    }
    return Text::tr("The Billing Center reported an internal error.");
}

QString ClientError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Api:
        if (api.code == ErrorCode::RateLimited && retryAfterSeconds > 0)
            return Text::tr("Too many attempts. Try again in %n second(s).", nullptr,
                            retryAfterSeconds);
        return translatedApiMessage(api);
    case Kind::Network:
        return Text::tr(
            "The Billing Center could not be reached. Check the connection and try again.");
    case Kind::Timeout:
        return Text::tr("The Billing Center did not answer in time. Try again.");
    case Kind::Tls:
        return Text::tr("The server's certificate could not be verified: %1")
            .arg(tlsErrors.isEmpty() ? detail : tlsErrors.join(QStringLiteral("; ")));
    case Kind::InsecureUrl:
        return Text::tr("Only https:// addresses are allowed for servers outside this computer.");
    case Kind::BadReply:
        return Text::tr("The Billing Center sent an answer that could not be understood.");
    case Kind::SessionExpired:
        return Text::tr("Your session has ended. Please log in again.");
    case Kind::Cancelled:
        return Text::tr("Cancelled.");
    case Kind::RefusedRedirect:
        return Text::tr("The Billing Center redirected the request to another server (%1). "
                        "Billing Desk did not follow it, so your session was not sent there. "
                        "Check the server address.")
            .arg(redirectTarget);
    case Kind::ReplyTooLarge:
        return Text::tr("The Billing Center's answer was larger than the limit of %1 MiB and was "
                        "not read.")
            .arg(limit / (1024 * 1024));
    case Kind::TooManyPages:
        return Text::tr("The list from the Billing Center did not end after %1 pages; Billing "
                        "Desk stopped reading it.")
            .arg(limit);
    }
    return {};
}

ClientError ClientError::fromApi(const ApiError &error, int httpStatus)
{
    ClientError result;
    result.kind = Kind::Api;
    result.api = error;
    result.httpStatus = httpStatus;
    result.detail = error.wireCode + u": " + error.message;
    return result;
}

ClientError ClientError::make(Kind kind, const QString &detail)
{
    ClientError result;
    result.kind = kind;
    result.detail = detail;
    return result;
}

} // namespace billing
