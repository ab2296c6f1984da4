#include "MeteringHandlers.h"

#include "Paging.h"
#include "Router.h"
#include "SqliteMeteringRecords.h"

#include <AliyunIds.h>

#include <QRegularExpression>

namespace billing::server {

MeteringHandlers::MeteringHandlers(SqliteMeteringRecords &records)
    : m_records(records)
{}

void MeteringHandlers::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/marketplace/aliyun/metering"), {Auth::Bearer, false},
               [this](RequestContext &context) { return list(context); });
}

HttpResponse MeteringHandlers::list(const RequestContext &context)
{
    FieldErrors errors;
    const PageRequest page = PageRequest::fromQuery(context.request, errors);
    SqliteMeteringRecords::Filter filter;
    filter.accountId = context.account().id;
    if (const auto instanceId = context.request.queryValue(QStringLiteral("instanceId"))) {
        const IdParseResult id = parseInstanceId(*instanceId);
        if (id.ok())
            filter.instanceId = id.value;
        else
            errors.insert(QStringLiteral("instanceId"), id.message());
    }
    if (const auto month = context.request.queryValue(QStringLiteral("month"))) {
        static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])$"));
        if (pattern.match(*month).hasMatch())
            filter.month = *month;
        else
            errors.insert(QStringLiteral("month"), QStringLiteral("Must be a month, YYYY-MM."));
    }
    if (!errors.isEmpty())
        return HttpResponse::error(FieldReader::validationError(errors));

    QList<MeteringRecord> records = m_records.list(filter, page.cursorSeq, page.limit + 1);
    qint64 nextSeq = 0;
    if (records.size() > page.limit) {
        records.resize(page.limit);
        nextSeq = records.constLast().seq;
    }
    QJsonArray items;
    for (const MeteringRecord &record : std::as_const(records))
        items.append(record.toJson());
    return HttpResponse::rawJson(200, pageJson(items, nextSeq, m_records.count(filter)));
}

} // namespace billing::server
