#pragma once

#include "Workspace.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace billing {

// The error codes of the Billing Center API contract, with their HTTP status.
enum class ErrorCode {
    MalformedJson,
    ValidationFailed,
    Unauthenticated,
    Forbidden,
    NotFound,
    VersionConflict,
    UsernameTaken,
    VerificationCodeInvalid,
    ChangeTooSoon,
    MethodNotAllowedForSite,
    InstanceNotFound,
    InstanceNotActive,
    InstanceOwnerMismatch,
    CloudSwitchBlocked,
    ClaimCodeInvalid, // marketplaces.md: a wrong, used or expired claim code
    IdempotencyKeyReused,
    PayloadTooLarge,
    RateLimited,
    Internal,
    // Extensions of this project (added, never replacing the contract's):
    MethodNotSupported, // 405 on a known path with another method
    ServiceUnavailable, // 503, e.g. the SPI with no marketplace key configured
    InstanceReleased,   // 409 renewing a released instance (SPI)
    BadRequest,         // 400 SPI: unknown action or missing parameter
    UsageDaySettled,    // 409 usage for a billing day that is already settled
    SyncTokenExpired,   // 410 changedSince with a token this server cannot continue from
};

QString toWire(ErrorCode code);
std::optional<ErrorCode> errorCodeFromWire(const QString &wire);
int httpStatus(ErrorCode code);

// A contract error body: {"error":{"code","message","fields"?,"current"?,"nextChangeAllowedAt"?}}.
struct ApiError {
    ErrorCode code = ErrorCode::Internal;
    QString wireCode; // as received; kept when a newer server sends a code we do not know
    QString message;
    QMap<QString, QString> fields; // dotted field path -> why
    std::optional<Workspace> current;
    QDateTime nextChangeAllowedAt;

    static ApiError make(ErrorCode code, const QString &message,
                         const QMap<QString, QString> &fields = {});
    QJsonObject toJson() const; // the inner object (without the "error" wrapper)
    QJsonObject toBody() const; // {"error": toJson()}
    static ApiError fromJson(const QJsonObject &inner);
};

} // namespace billing
