#include "ApiError.h"

#include "Rfc3339.h"

#include <array>

namespace billing {
namespace {
struct CodeInfo {
    ErrorCode code;
    const char *wire;
    int status;
};
constexpr std::array kCodes{
    CodeInfo{ErrorCode::MalformedJson, "malformed_json", 400},
    CodeInfo{ErrorCode::ValidationFailed, "validation_failed", 422},
    CodeInfo{ErrorCode::Unauthenticated, "unauthenticated", 401},
    CodeInfo{ErrorCode::Forbidden, "forbidden", 403},
    CodeInfo{ErrorCode::NotFound, "not_found", 404},
    CodeInfo{ErrorCode::VersionConflict, "version_conflict", 409},
    CodeInfo{ErrorCode::UsernameTaken, "username_taken", 409},
    CodeInfo{ErrorCode::VerificationCodeInvalid, "verification_code_invalid", 422},
    CodeInfo{ErrorCode::ChangeTooSoon, "change_too_soon", 422},
    CodeInfo{ErrorCode::MethodNotAllowedForSite, "method_not_allowed_for_site", 422},
    CodeInfo{ErrorCode::InstanceNotFound, "instance_not_found", 422},
    CodeInfo{ErrorCode::InstanceNotActive, "instance_not_active", 422},
    CodeInfo{ErrorCode::InstanceOwnerMismatch, "instance_owner_mismatch", 422},
    CodeInfo{ErrorCode::CloudSwitchBlocked, "cloud_switch_blocked", 422},
    CodeInfo{ErrorCode::ClaimCodeInvalid, "claim_code_invalid", 422},
    CodeInfo{ErrorCode::IdempotencyKeyReused, "idempotency_key_reused", 422},
    CodeInfo{ErrorCode::PayloadTooLarge, "payload_too_large", 413},
    CodeInfo{ErrorCode::RateLimited, "rate_limited", 429},
    CodeInfo{ErrorCode::Internal, "internal", 500},
    CodeInfo{ErrorCode::MethodNotSupported, "method_not_supported", 405},
    CodeInfo{ErrorCode::ServiceUnavailable, "service_unavailable", 503},
    CodeInfo{ErrorCode::InstanceReleased, "instance_released", 409},
    CodeInfo{ErrorCode::BadRequest, "bad_request", 400},
    CodeInfo{ErrorCode::UsageDaySettled, "usage_day_settled", 409},
    CodeInfo{ErrorCode::SyncTokenExpired, "sync_token_expired", 410},
};

const CodeInfo &info(ErrorCode code)
{
    for (const auto &entry : kCodes) {
        if (entry.code == code)
            return entry;
    }
    return kCodes[17]; // internal
}
} // namespace

QString toWire(ErrorCode code)
{
    return QString::fromLatin1(info(code).wire);
}

std::optional<ErrorCode> errorCodeFromWire(const QString &wire)
{
    for (const auto &entry : kCodes) {
        if (wire == QLatin1String(entry.wire))
            return entry.code;
    }
    return std::nullopt;
}

int httpStatus(ErrorCode code)
{
    return info(code).status;
}

ApiError ApiError::make(ErrorCode code, const QString &message,
                        const QMap<QString, QString> &fields)
{
    ApiError error;
    error.code = code;
    error.wireCode = toWire(code);
    error.message = message;
    error.fields = fields;
    return error;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject inner{{QStringLiteral("code"), wireCode.isEmpty() ? toWire(code) : wireCode},
                      {QStringLiteral("message"), message}};
    if (!fields.isEmpty()) {
        QJsonObject fieldObject;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            fieldObject.insert(it.key(), it.value());
        inner.insert(QStringLiteral("fields"), fieldObject);
    }
    if (current)
        inner.insert(QStringLiteral("current"), billing::toJson(*current));
    if (nextChangeAllowedAt.isValid())
        inner.insert(QStringLiteral("nextChangeAllowedAt"), rfc3339::format(nextChangeAllowedAt));
    return inner;
}

QJsonObject ApiError::toBody() const
{
    return QJsonObject{{QStringLiteral("error"), toJson()}};
}

ApiError ApiError::fromJson(const QJsonObject &inner)
{
    ApiError error;
    error.wireCode = inner.value(u"code").toString();
    error.code = errorCodeFromWire(error.wireCode).value_or(ErrorCode::Internal);
    error.message = inner.value(u"message").toString();
    const QJsonObject fields = inner.value(u"fields").toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        error.fields.insert(it.key(), it.value().toString());
    if (inner.value(u"current").isObject())
        error.current = workspaceFromJson(inner.value(u"current").toObject());
    error.nextChangeAllowedAt = rfc3339::parse(inner.value(u"nextChangeAllowedAt").toString());
    return error;
}

} // namespace billing
