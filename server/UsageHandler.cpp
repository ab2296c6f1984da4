#include "UsageHandler.h"

#include "BillingDay.h"
#include "RequestBody.h"
#include "Router.h"
#include "UsageIntake.h"

#include <ExactDecimal.h>

#include <QCryptographicHash>
#include <QJsonDocument>

#include <sodium.h>

namespace billing::server {
namespace {
QByteArray digestOf(const QByteArray &key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

void appendResult(QByteArray &out, qsizetype index, const std::optional<ApiError> &error)
{
    out += "{\"index\":" + QByteArray::number(index);
    if (error) {
        out += ",\"error\":";
        out += QJsonDocument(error->toJson()).toJson(QJsonDocument::Compact);
        out += ",\"status\":\"rejected\"}";
    } else {
        out += ",\"status\":\"accepted\"}";
    }
}
} // namespace

UsageRecord UsageHandler::readRecord(const QJsonValue &value)
{
    UsageRecord record;
    if (!value.isObject()) {
        record.invalid = ApiError::make(ErrorCode::ValidationFailed,
                                        QStringLiteral("Each record must be a JSON object."));
        return record;
    }
    RequestBody body(value.toObject(), {"workspaceId", "item", "day", "quantity"});
    FieldReader &reader = body.fields();
    record.workspaceId = reader.string("workspaceId").value_or(QString());
    record.item = reader.string("item").value_or(QString());
    if (const auto day = reader.string("day")) {
        record.day = billingday::parse(*day).value_or(QDate());
        if (!record.day.isValid())
            reader.fail("day", QStringLiteral("Must be a day as YYYY-MM-DD."));
    }
    if (const auto quantity = reader.string("quantity")) {
        const auto scaled = money::parseScaled(*quantity, money::kQuantityPlaces);
        if (!scaled)
            reader.fail("quantity", QStringLiteral("Must be a non-negative decimal number with "
                                                   "at most 4 decimal places."));
        record.quantityE4 = scaled.value_or(0);
    }
    if (!body.ok())
        record.invalid = body.error();
    return record;
}

UsageHandler::UsageHandler(UsageIntake &intake, QByteArray collectorKey)
    : m_intake(intake)
    , m_keyDigest(collectorKey.isEmpty() ? QByteArray() : digestOf(collectorKey))
{}

bool UsageHandler::keyMatches(const QByteArray &authorization) const
{
    static const QByteArray scheme = QByteArrayLiteral("Bearer ");
    if (!authorization.startsWith(scheme))
        return false;
    const QByteArray given = digestOf(authorization.mid(scheme.size()).trimmed());
    return sodium_memcmp(given.constData(), m_keyDigest.constData(), size_t(given.size())) == 0;
}

void UsageHandler::registerRoutes(Router &router)
{
    router.add(
        "POST", QStringLiteral("/api/v1/usage"), {Auth::None, false},
        [this](RequestContext &context) {
            if (m_keyDigest.isEmpty())
                return HttpResponse::error(ErrorCode::ServiceUnavailable,
                                           QStringLiteral("No collector key is configured."));
            if (!keyMatches(context.request.header("authorization").value_or(QByteArray())))
                return HttpResponse::error(ErrorCode::Unauthenticated,
                                           QStringLiteral("A valid collector key is "
                                                          "required."));
            RequestBody body(context.request.body, {"records"});
            const auto records = body.fields().array("records");
            if (records && records->isEmpty())
                body.fields().fail("records", QStringLiteral("At least one record is required."));
            if (!body.ok())
                return HttpResponse::error(body.error());
            if (records->size() > kMaxRecords)
                return HttpResponse::error(
                    ErrorCode::PayloadTooLarge,
                    QStringLiteral("At most %1 records per request.").arg(kMaxRecords));
            QList<UsageRecord> parsed;
            parsed.reserve(records->size());
            for (const QJsonValue &value : *records)
                parsed.append(readRecord(value));
            QList<std::optional<ApiError>> results;
            try {
                results = m_intake.accept(parsed);
            } catch (const SettlementBusy &) {
                return HttpResponse::error(
                           ErrorCode::ServiceUnavailable,
                           QStringLiteral("A billing day is being settled; send it again shortly."))
                    .withHeader("Retry-After", "5");
            }
            QByteArray reply = "{\"results\":[";
            for (qsizetype i = 0; i < results.size(); ++i) {
                if (i > 0)
                    reply += ',';
                appendResult(reply, i, results.at(i));
            }
            reply += "]}";
            return HttpResponse::rawJson(200, reply);
        });
}

} // namespace billing::server
