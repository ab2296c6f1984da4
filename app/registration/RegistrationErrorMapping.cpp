#include "RegistrationErrorMapping.h"

#include <algorithm>

namespace billing {
namespace {
using Field = RegistrationField;
using Target = RegistrationErrorTarget;

void add(Target &target, Field field, const QString &message, const QString &reason = {})
{
    target.fields.append(Target::FieldError{field, message, reason});
}
} // namespace

std::optional<RegistrationField> RegistrationErrorMapping::fieldOfPath(const QString &path,
                                                                       Request request)
{
    static const QList<std::pair<QString, Field>> accountFields = {
        {QStringLiteral("site"), Field::Site},
        {QStringLiteral("username"), Field::Username},
        {QStringLiteral("password"), Field::Password},
        {QStringLiteral("email"), Field::Email},
        {QStringLiteral("verificationCode"), Field::VerificationCode},
        {QStringLiteral("phone"), Field::Phone},
        {QStringLiteral("company"), Field::Company},
        {QStringLiteral("acceptTerms"), Field::AcceptTerms},
    };
    // Instance errors name the IDs with or without the "settlement." prefix.
    static const QList<std::pair<QString, Field>> workspaceFields = {
        {QStringLiteral("name"), Field::WorkspaceName},
        {QStringLiteral("language"), Field::Language},
        {QStringLiteral("settlement.method"), Field::Method},
        {QStringLiteral("method"), Field::Method},
        {QStringLiteral("settlement"), Field::Method},
        {QStringLiteral("settlement.aliyunAccountId"), Field::AliyunAccountId},
        {QStringLiteral("aliyunAccountId"), Field::AliyunAccountId},
        {QStringLiteral("settlement.huaweiAccountId"), Field::HuaweiAccountId},
        {QStringLiteral("huaweiAccountId"), Field::HuaweiAccountId},
        {QStringLiteral("settlement.subscriptionId"), Field::ClaimCode},
        {QStringLiteral("subscriptionId"), Field::ClaimCode},
        {QStringLiteral("code"), Field::ClaimCode},
        {QStringLiteral("settlement.instanceId"), Field::InstanceId},
        {QStringLiteral("instanceId"), Field::InstanceId},
    };
    const auto &table = request == Request::Account ? accountFields : workspaceFields;
    for (const auto &[name, field] : table) {
        if (name == path)
            return field;
    }
    return std::nullopt;
}

bool RegistrationErrorMapping::isTransient(const ClientError &error)
{
    switch (error.kind) {
    case ClientError::Kind::Network:
    case ClientError::Kind::Timeout:
    case ClientError::Kind::BadReply:
    case ClientError::Kind::Cancelled:
        return true;
    case ClientError::Kind::Api:
        return error.httpStatus >= 500 || error.api.code == ErrorCode::RateLimited
               || error.api.code == ErrorCode::Internal
               || error.api.code == ErrorCode::ServiceUnavailable;
    case ClientError::Kind::None:
    case ClientError::Kind::Tls:
    case ClientError::Kind::InsecureUrl:
    case ClientError::Kind::SessionExpired:
    case ClientError::Kind::RefusedRedirect:
    case ClientError::Kind::ReplyTooLarge:
    case ClientError::Kind::TooManyPages:
        break;
    }
    return false;
}

RegistrationErrorTarget RegistrationErrorMapping::map(const ClientError &error, Request request)
{
    Target target;
    target.summary = error.userMessage();
    target.retryable = isTransient(error);
    if (error.kind != ClientError::Kind::Api)
        return target;

    const QString message = translatedApiMessage(error.api);
    switch (error.api.code) {
    case ErrorCode::UsernameTaken:
        add(target, Field::Username, tr("This username is already taken. Choose another one."));
        break;
    case ErrorCode::VerificationCodeInvalid:
        add(target, Field::VerificationCode,
            tr("The code is wrong or has expired. Send a new code and enter it."));
        break;
    case ErrorCode::InstanceOwnerMismatch:
        add(target, Field::AliyunAccountId,
            tr("Check the Account ID: it is not the owner of this instance."));
        add(target, Field::InstanceId, message);
        break;
    case ErrorCode::InstanceNotFound:
    case ErrorCode::InstanceNotActive:
        add(target, Field::InstanceId, message);
        break;
    case ErrorCode::MethodNotAllowedForSite:
        add(target, Field::Method, message);
        break;
    case ErrorCode::ClaimCodeInvalid:
        add(target, Field::ClaimCode,
            tr("This claim code is wrong, was already used or has expired (a code lasts 30 "
               "minutes)."));
        break;
    default:
        break;
    }
    // The server names the offending fields; take those not covered by the code above.
    for (auto it = error.api.fields.cbegin(); it != error.api.fields.cend(); ++it) {
        const auto field = fieldOfPath(it.key(), request);
        if (!field)
            continue;
        const auto known =
            std::find_if(target.fields.begin(), target.fields.end(),
                         [&](const Target::FieldError &f) { return f.field == *field; });
        if (known != target.fields.end()) {
            known->serverReason = it.value();
            continue;
        }
        add(target, *field, tr("The Billing Center refused this value: %1").arg(it.value()),
            it.value());
    }
    for (const Target::FieldError &fieldError : std::as_const(target.fields)) {
        const RegistrationStep step = RegistrationTypes::stepOf(fieldError.field);
        if (!target.step || step < *target.step)
            target.step = step;
    }
    return target;
}

} // namespace billing
