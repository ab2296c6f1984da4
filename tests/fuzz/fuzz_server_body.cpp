// The server's request bodies: JsonBody, then FieldReader, SettlementInput and InputRules in
// the order the handlers use them (PUT .../settlement, POST /settlement-changes items,
// POST /accounts, POST /workspaces, POST /sessions). Every input goes through all of them;
// a rejection must end in a contract error body the client can read back.
#include "FuzzSupport.h"

#include <HttpResponse.h>
#include <InputRules.h>
#include <JsonBody.h>
#include <SettlementInput.h>

#include <QJsonDocument>

using namespace billing;
using namespace billing::server;

namespace {
void replyWith(const FieldErrors &errors)
{
    if (errors.isEmpty())
        return;
    const ApiError error = FieldReader::validationError(errors);
    fuzz::require(error.code == ErrorCode::ValidationFailed && !error.fields.isEmpty());
    const HttpResponse response = HttpResponse::error(error);
    const QJsonObject inner =
        QJsonDocument::fromJson(response.body).object().value(u"error").toObject();
    fuzz::require(ApiError::fromJson(inner).code == ErrorCode::ValidationFailed);
}

QString checked(FieldReader &reader, const char *key, QString (*rule)(const QString &),
                bool trim = false)
{
    const auto value = reader.string(key);
    if (!value)
        return {};
    const QString text = trim ? value->trimmed() : *value;
    const QString why = rule(text);
    if (!why.isEmpty())
        reader.fail(key, why);
    return text;
}

void settlementChange(const QJsonObject &body)
{
    FieldErrors errors;
    FieldReader reader(body, errors);
    reader.rejectUnknown({"method", "aliyunAccountId", "instanceId", "expectedVersion"});
    const auto change = SettlementInput::read(reader, true);
    fuzz::require(change.has_value() || !errors.isEmpty());
    if (change && change->method == SettlementMethod::Aliyun)
        fuzz::require(!change->aliyunAccountId.isEmpty() && !change->instanceId.isEmpty());
    replyWith(errors);
}

void batch(const QJsonObject &body)
{
    FieldErrors errors;
    FieldReader reader(body, errors);
    reader.rejectUnknown({"changes"});
    const auto changes = reader.array("changes");
    replyWith(errors);
    if (!changes)
        return;
    for (const QJsonValue &value : *changes) {
        if (!value.isObject())
            continue;
        FieldErrors itemErrors;
        FieldReader item(value.toObject(), itemErrors);
        item.rejectUnknown(
            {"workspaceId", "method", "aliyunAccountId", "instanceId", "expectedVersion"});
        if (const auto id = item.string("workspaceId"); id && id->isEmpty())
            item.fail("workspaceId", QStringLiteral("Required."));
        SettlementInput::read(item, true);
        replyWith(itemErrors);
    }
}

void registration(const QJsonObject &body)
{
    FieldErrors errors;
    FieldReader reader(body, errors);
    reader.rejectUnknown({"site", "username", "password", "email", "verificationCode", "phone",
                          "company", "acceptTerms"});
    reader.string("site");
    checked(reader, "username", InputRules::checkUsername);
    checked(reader, "password", InputRules::checkPassword);
    checked(reader, "email", InputRules::checkEmail);
    reader.string("verificationCode");
    checked(reader, "phone", InputRules::checkPhone);
    checked(reader, "company", InputRules::checkCompany, true);
    reader.boolean("acceptTerms");
    replyWith(errors);
}

void newWorkspace(const QJsonObject &body)
{
    FieldErrors errors;
    FieldReader reader(body, errors);
    reader.rejectUnknown({"name", "site", "language", "settlement", "createBillingCenterAccount"});
    checked(reader, "name", InputRules::checkWorkspaceName, true);
    checked(reader, "language", InputRules::checkLanguage);
    if (const auto settlement = reader.object("settlement")) {
        FieldReader inner(*settlement, errors, QStringLiteral("settlement"));
        inner.rejectUnknown({"method", "aliyunAccountId", "instanceId"});
        SettlementInput::read(inner, false);
    }
    reader.boolean("createBillingCenterAccount", false);
    replyWith(errors);
}

void login(const QJsonObject &body)
{
    FieldErrors errors;
    FieldReader reader(body, errors);
    reader.rejectUnknown({"username", "password"});
    reader.string("username");
    reader.string("password");
    replyWith(errors);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    const QByteArray body = fuzz::bytes(data, size);
    ApiError error;
    const auto object = JsonBody::parseObject(body, &error, true);
    if (!object) {
        fuzz::require(error.code == ErrorCode::MalformedJson
                      || error.code == ErrorCode::ValidationFailed
                      || error.code == ErrorCode::PayloadTooLarge);
        HttpResponse::error(error);
        return 0;
    }
    settlementChange(*object);
    batch(*object);
    registration(*object);
    newWorkspace(*object);
    login(*object);
    return 0;
}
