// The server's request bodies: RequestBody, then the readers the handlers use (PUT
// .../settlement, POST /settlement-changes items, POST /accounts, POST /workspaces, POST
// /sessions). Every input goes through all of them; a rejection must end in a contract error
// body the client can read back, and what is accepted must survive its own toJson().
#include "FuzzSupport.h"

#include <HttpResponse.h>
#include <NewWorkspaceInput.h>
#include <RegistrationInput.h>
#include <RequestBody.h>
#include <SettlementInput.h>
#include <SiteTable.h>
#include <UsageHandler.h>
#include <UsageIntake.h>

#include <QJsonDocument>

using namespace billing;
using namespace billing::server;

namespace {
void replyWith(const RequestBody &body)
{
    if (body.ok())
        return;
    const ApiError error = body.error();
    fuzz::require(error.code == ErrorCode::MalformedJson
                  || (error.code == ErrorCode::ValidationFailed && !error.fields.isEmpty()));
    const HttpResponse response = HttpResponse::error(error);
    const QJsonObject inner =
        QJsonDocument::fromJson(response.body).object().value(u"error").toObject();
    fuzz::require(ApiError::fromJson(inner).code == error.code);
}

void settlementChange(const QByteArray &bytes)
{
    RequestBody body(bytes, SettlementChange::jsonKeys());
    const auto change = SettlementInput::read(body.fields(), true);
    fuzz::require(change.has_value() || !body.ok());
    if (change && change->method == SettlementMethod::Aliyun)
        fuzz::require(!change->aliyunAccountId.isEmpty() && !change->instanceId.isEmpty());
    if (change)
        fuzz::require(SettlementChange::fromJson(change->toJson(false)) == change);
    replyWith(body);
}

void batch(const QByteArray &bytes)
{
    RequestBody body(bytes, {"changes"});
    const auto changes = body.fields().array("changes");
    replyWith(body);
    if (!changes)
        return;
    for (const QJsonValue &value : *changes) {
        if (!value.isObject())
            continue;
        RequestBody item(value.toObject(),
                         QList<const char *>{"workspaceId"} + SettlementChange::jsonKeys());
        if (const auto id = item.fields().string("workspaceId"); id && id->isEmpty())
            item.fields().fail("workspaceId", QStringLiteral("Required."));
        SettlementInput::read(item.fields(), true);
        replyWith(item);
    }
}

void registration(const QByteArray &bytes)
{
    RequestBody body(bytes, Registration::jsonKeys());
    const auto read = RegistrationInput::read(body.fields(), SiteTable::builtIn());
    fuzz::require(read.has_value() == body.ok());
    if (read)
        fuzz::require(Registration::fromJson(read->toJson()) == read);
    replyWith(body);
}

void newWorkspace(const QByteArray &bytes)
{
    RequestBody body(bytes, NewWorkspace::jsonKeys());
    const auto read = NewWorkspaceInput::read(body.fields(), SiteTable::builtIn());
    fuzz::require(read.has_value() == body.ok());
    if (read)
        fuzz::require(NewWorkspace::fromJson(read->toJson()) == read);
    replyWith(body);
}

// POST /api/v1/usage: each record alone. One that reads has a valid day and a quantity that
// is not negative; one that does not says why.
void usage(const QByteArray &bytes)
{
    RequestBody body(bytes, {"records"});
    const auto records = body.fields().array("records");
    if (!records)
        return;
    for (const QJsonValue &value : *records) {
        const UsageRecord record = UsageHandler::readRecord(value);
        if (record.invalid)
            fuzz::require(!record.invalid->message.isEmpty());
        else
            fuzz::require(record.day.isValid() && record.quantityE4 >= 0);
    }
}

void login(const QByteArray &bytes)
{
    RequestBody body(bytes, {"username", "password"});
    body.fields().string("username");
    body.fields().string("password");
    replyWith(body);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    const QByteArray body = fuzz::bytes(data, size);
    settlementChange(body);
    batch(body);
    registration(body);
    newWorkspace(body);
    usage(body);
    login(body);
    return 0;
}
