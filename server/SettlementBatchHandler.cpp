#include "SettlementBatchHandler.h"

#include "RequestBody.h"
#include "RequestOrigin.h"
#include "Router.h"
#include "SettlementInput.h"
#include "WorkspaceJsonWriter.h"
#include "WorkspaceService.h"

#include <QJsonDocument>

namespace billing::server {
namespace {
// A batch item is a PUT body plus the workspace it is for.
const QList<const char *> &itemKeys()
{
    static const QList<const char *> keys =
        QList<const char *>{"workspaceId"} + SettlementChange::jsonKeys();
    return keys;
}

BatchItem readItem(const QJsonValue &value)
{
    BatchItem item;
    if (!value.isObject()) {
        item.invalid = ApiError::make(ErrorCode::ValidationFailed,
                                      QStringLiteral("Each change must be a JSON object."));
        return item;
    }
    RequestBody body(value.toObject(), itemKeys());
    FieldReader &reader = body.fields();
    if (const auto id = reader.string("workspaceId")) {
        item.workspaceId = *id;
        if (id->isEmpty())
            reader.fail("workspaceId", QStringLiteral("Required."));
    }
    const auto request = SettlementInput::read(reader, true);
    if (body.ok() && request)
        item.request = request;
    else
        item.invalid = body.error();
    return item;
}

// {"workspaceId","status","workspace"|"error"} with keys in QJsonDocument's (sorted) order;
// written directly because 1000 results through QJsonObject cost more than the changes.
void appendResult(QByteArray &out, const QJsonValue &given, const Outcome<Workspace> &outcome)
{
    out += '{';
    if (outcome.ok()) {
        out += "\"status\":\"applied\",\"workspace\":";
        WorkspaceJson::append(out, outcome.value());
    } else {
        out += "\"error\":";
        out += QJsonDocument(outcome.error().toJson()).toJson(QJsonDocument::Compact);
        out += ",\"status\":\"rejected\"";
    }
    out += ",\"workspaceId\":";
    const QJsonValue id = given.toObject().value(u"workspaceId");
    if (id.isString())
        WorkspaceJson::appendString(out, id.toString());
    else
        out += "null";
    out += '}';
}
} // namespace

SettlementBatchHandler::SettlementBatchHandler(WorkspaceService &workspaces)
    : m_workspaces(workspaces)
{}

void SettlementBatchHandler::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/settlement-changes"), {Auth::Bearer, true},
               [this](RequestContext &context) {
                   RequestBody body(context.request.body, {"changes"});
                   const auto changes = body.fields().array("changes");
                   if (changes && changes->isEmpty())
                       body.fields().fail("changes",
                                          QStringLiteral("At least one change is required."));
                   if (!body.ok())
                       return HttpResponse::error(body.error());
                   if (changes->size() > kMaxChanges) {
                       return HttpResponse::error(
                           ErrorCode::PayloadTooLarge,
                           QStringLiteral("At most %1 changes per request.").arg(kMaxChanges));
                   }

                   QList<BatchItem> items;
                   items.reserve(changes->size());
                   for (const QJsonValue &value : *changes)
                       items.append(readItem(value));
                   const auto outcomes =
                       m_workspaces.applyBatch(context.account(), items, requestOrigin(context));
                   QByteArray reply = "{\"results\":[";
                   for (qsizetype i = 0; i < outcomes.size(); ++i) {
                       if (i > 0)
                           reply += ',';
                       appendResult(reply, changes->at(i), outcomes.at(i));
                   }
                   reply += "]}";
                   return HttpResponse::rawJson(200, reply);
               });
}

} // namespace billing::server
