#include "SettlementBatchHandler.h"

#include "JsonBody.h"
#include "Router.h"
#include "SettlementInput.h"
#include "WorkspaceJsonWriter.h"
#include "WorkspaceService.h"

#include <QJsonDocument>

namespace billing::server {
namespace {
BatchItem readItem(const QJsonValue &value)
{
    BatchItem item;
    if (!value.isObject()) {
        item.invalid = ApiError::make(ErrorCode::ValidationFailed,
                                      QStringLiteral("Each change must be a JSON object."));
        return item;
    }
    FieldErrors errors;
    FieldReader reader(value.toObject(), errors);
    reader.rejectUnknown(
        {"workspaceId", "method", "aliyunAccountId", "instanceId", "expectedVersion"});
    if (const auto id = reader.string("workspaceId")) {
        item.workspaceId = *id;
        if (id->isEmpty())
            reader.fail("workspaceId", QStringLiteral("Required."));
    }
    const auto request = SettlementInput::read(reader, true);
    if (errors.isEmpty() && request)
        item.request = request;
    else
        item.invalid = FieldReader::validationError(errors);
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
                   ApiError error;
                   const auto body = JsonBody::parseObject(context.request.body, &error);
                   if (!body)
                       return HttpResponse::error(error);
                   FieldErrors errors;
                   FieldReader reader(*body, errors);
                   reader.rejectUnknown({"changes"});
                   const auto changes = reader.array("changes");
                   if (changes && changes->isEmpty())
                       reader.fail("changes", QStringLiteral("At least one change is required."));
                   if (!errors.isEmpty())
                       return HttpResponse::error(FieldReader::validationError(errors));
                   if (changes->size() > kMaxChanges) {
                       return HttpResponse::error(
                           ErrorCode::PayloadTooLarge,
                           QStringLiteral("At most %1 changes per request.").arg(kMaxChanges));
                   }

                   QList<BatchItem> items;
                   items.reserve(changes->size());
                   for (const QJsonValue &value : *changes)
                       items.append(readItem(value));
                   const auto outcomes = m_workspaces.applyBatch(context.account(), items);
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
