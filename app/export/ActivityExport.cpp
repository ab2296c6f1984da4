#include "ActivityExport.h"

#include "ActivityPeriod.h"
#include "ActivityXlsx.h"
#include "AtomicFile.h"
#include "CsvRecord.h"
#include "ExportLog.h"
#include "Plan.h"
#include "Rfc3339.h"
#include "WorkspaceJsonWriter.h"
#include "XlsxWorkbook.h"

#include <QJsonDocument>

namespace billing {
namespace {
// The method, then every binding field in SettlementBinding::allFields() order (empty
// when the method does not have it).
QStringList settlementFields(const std::optional<Settlement> &settlement)
{
    const QList<SettlementBinding::Field> all = SettlementBinding::allFields();
    QStringList fields{settlement ? toWire(settlement->method) : QString()};
    const auto has = settlement ? SettlementBinding::fieldsOf(settlement->method)
                                : QList<SettlementBinding::Field>();
    for (const SettlementBinding::Field field : all)
        fields.append(has.contains(field) ? SettlementBinding::valueOf(*settlement, field)
                                          : QString());
    return fields;
}

// "from_method", "from_aliyun_account_id", "from_huawei_account_id", ...
QStringList settlementColumns(const QString &prefix)
{
    QStringList columns{prefix + u"method"_qs};
    for (const SettlementBinding::Field field : SettlementBinding::allFields())
        columns.append(prefix + PlanRow::columnOf(field));
    return columns;
}

QString statusField(const std::optional<WorkspaceStatus> &status)
{
    return status ? toWire(*status) : QString();
}

void appendMember(QByteArray &json, const char *key, const QString &value)
{
    json += key;
    WorkspaceJson::appendString(json, value);
}
} // namespace

QStringList activityCsvHeader()
{
    QStringList header{u"id"_qs,    u"at"_qs,         u"workspace_id"_qs, u"workspace_name"_qs,
                       u"event"_qs, u"actor_kind"_qs, u"actor"_qs};
    header << settlementColumns(u"from_"_qs) << settlementColumns(u"to_"_qs);
    header << u"from_status"_qs << u"to_status"_qs << u"lock_at"_qs << u"reason"_qs
           << u"request_id"_qs;
    return header;
}

// The envelope is written by hand to keep its members in a reader's order (format first);
// each event is one line of the contract's JSON.
QByteArray activityToJson(const ActivityExportDocument &document)
{
    const AuditFilter &filter = document.filter;
    QByteArray json;
    json.reserve(512 + document.events.size() * 400);
    appendMember(json, "{\n  \"format\": ", kActivityExportFormat);
    json += ",\n  \"version\": " + QByteArray::number(kActivityExportVersion);
    json += ",\n  \"exportedAt\": ";
    WorkspaceJson::appendTime(json, document.exportedAt);
    if (document.syncedAt.isValid()) {
        json += ",\n  \"syncedAt\": ";
        WorkspaceJson::appendTime(json, document.syncedAt);
    }
    appendMember(json, ",\n  \"server\": ", document.server.toString(QUrl::RemoveUserInfo));
    appendMember(json, ",\n  \"username\": ", document.username);
    json += ",\n  \"period\": {\"since\": ";
    WorkspaceJson::appendTime(json, filter.since);
    json += ", \"until\": ";
    WorkspaceJson::appendTime(json, filter.until);
    json += '}';
    if (narrowsThePeriod(filter)) {
        json += ",\n  \"filter\": {";
        QByteArray members;
        if (!filter.workspaceId.isEmpty())
            appendMember(members, "\"workspaceId\": ", filter.workspaceId);
        if (filter.actorKind)
            appendMember(members,
                         members.isEmpty() ? "\"actor\": " : ", \"actor\": ", filter.actorToWire());
        if (filter.event)
            appendMember(members, members.isEmpty() ? "\"event\": " : ", \"event\": ",
                         toWire(*filter.event));
        json += members + '}';
    }
    json += ",\n  \"events\": [";
    for (qsizetype i = 0; i < document.events.size(); ++i) {
        json += i == 0 ? "\n    " : ",\n    ";
        json += QJsonDocument(document.events.at(i).toJson()).toJson(QJsonDocument::Compact);
    }
    json += document.events.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return json;
}

QByteArray activityToCsv(const ActivityExportDocument &document)
{
    QByteArray csv;
    csv.reserve(256 + document.events.size() * 200);
    appendCsvRecord(csv, activityCsvHeader());
    for (const SettlementEvent &event : document.events)
        appendCsvRecord(csv, activityCsvFields(event));
    return csv;
}

QStringList activityCsvFields(const SettlementEvent &event)
{
    QStringList fields{event.id,
                       rfc3339::format(event.at),
                       event.workspaceId,
                       event.workspaceName,
                       toWire(event.event),
                       toWire(event.actor.kind),
                       event.actor.name()};
    fields << settlementFields(event.from) << settlementFields(event.to);
    fields << statusField(event.fromStatus) << statusField(event.toStatus)
           << (event.lockAt.isValid() ? rfc3339::format(event.lockAt) : QString())
           << toWire(event.reason) << event.requestId;
    return fields;
}

bool writeActivityExport(const QString &path, ExportFormat format,
                         const ActivityExportDocument &document, QString *error,
                         const std::atomic_bool *cancelled)
{
    if (cancelled && cancelled->load())
        return writeFileAtomically(path, {}, error, cancelled);
    if (format == ExportFormat::Xlsx) {
        QString problem;
        const QByteArray workbook = activityToXlsx(document, &problem);
        if (!writeXlsxAtomically(path, workbook, problem, error, cancelled))
            return false;
    } else {
        const QByteArray bytes =
            format == ExportFormat::Json ? activityToJson(document) : activityToCsv(document);
        if (!writeFileAtomically(path, bytes, error, cancelled))
            return false;
    }
    qCDebug(lcExport) << "exported" << document.events.size() << "events as" << toWire(format)
                      << "to" << path;
    return true;
}

} // namespace billing
