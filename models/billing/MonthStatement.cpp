#include "MonthStatement.h"

#include "MoneyText.h"

#include <QJsonArray>

namespace billing {
namespace {

bool fail(QString *error, const QString &field)
{
    if (error)
        *error = field;
    return false;
}

bool readCents(const QJsonObject &object, QLatin1StringView key, qint64 *out)
{
    const auto cents = money::parseCents(object.value(key).toString());
    if (!cents)
        return false;
    *out = *cents;
    return true;
}

std::optional<StatementPayer> readPayer(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    StatementPayer payer{object.value(u"method").toString(),
                         object.value(u"instanceId").toString()};
    // Alibaba Cloud lines name their instance; other marketplaces' lines may not.
    if (payer.method.isEmpty() || (payer.method == u"aliyun" && payer.instanceId.isEmpty()))
        return std::nullopt;
    return payer;
}

// {"logs":"1.20",…} in the order the server wrote it.
bool readItemCents(const QJsonObject &object, QList<ItemCents> *out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto cents = money::parseCents(it.value().toString());
        if (!cents)
            return false;
        out->append({it.key(), *cents});
    }
    return true;
}

template <typename Row, typename ReadRow>
bool readRows(const QJsonObject &json, QLatin1StringView key, QList<Row> *out, ReadRow readRow,
              QString *error)
{
    const QJsonValue value = json.value(key);
    if (!value.isArray())
        return fail(error, key);
    const QJsonArray rows = value.toArray();
    out->reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row row;
        if (!readRow(rows.at(i).toObject(), &row))
            return fail(error, QStringLiteral("%1[%2]").arg(key).arg(i));
        out->append(std::move(row));
    }
    return true;
}

template <typename Rows> qint64 sumOf(const Rows &rows)
{
    qint64 sum = 0;
    for (const auto &row : rows)
        sum += row.cents;
    return sum;
}

} // namespace

std::optional<MonthStatement> MonthStatement::fromJson(const QJsonObject &json, QString *error)
{
    MonthStatement statement;
    statement.month = json.value(u"month").toString();
    if (!QDate::fromString(statement.month + u"-01", Qt::ISODate).isValid()) {
        fail(error, QStringLiteral("month"));
        return std::nullopt;
    }
    statement.currency = json.value(u"currency").toString();
    if (statement.currency.isEmpty()) {
        fail(error, QStringLiteral("currency"));
        return std::nullopt;
    }
    if (!readCents(json, QLatin1StringView("total"), &statement.totalCents)) {
        fail(error, QStringLiteral("total"));
        return std::nullopt;
    }
    const auto payerRow = [](const QJsonObject &object, PayerTotal *row) {
        const auto payer = readPayer(object.value(u"payer"));
        if (!payer)
            return false;
        row->payer = *payer;
        row->status = object.value(u"status").toString();
        return readCents(object, QLatin1StringView("total"), &row->cents);
    };
    const auto itemRow = [](const QJsonObject &object, ItemTotal *row) {
        row->item = object.value(u"item").toString();
        row->quantity = object.value(u"quantity").toString();
        return !row->item.isEmpty() && readCents(object, QLatin1StringView("total"), &row->cents);
    };
    const auto siteRow = [](const QJsonObject &object, SiteTotal *row) {
        row->site = object.value(u"site").toString();
        return !row->site.isEmpty() && readCents(object, QLatin1StringView("total"), &row->cents);
    };
    const auto dayRow = [](const QJsonObject &object, DayTotal *row) {
        row->day = QDate::fromString(object.value(u"day").toString(), Qt::ISODate);
        return row->day.isValid() && readCents(object, QLatin1StringView("total"), &row->cents)
               && readItemCents(object.value(u"byItem").toObject(), &row->byItem);
    };
    if (!readRows(json, QLatin1StringView("byPayer"), &statement.byPayer, payerRow, error)
        || !readRows(json, QLatin1StringView("byItem"), &statement.byItem, itemRow, error)
        || !readRows(json, QLatin1StringView("bySite"), &statement.bySite, siteRow, error)
        || !readRows(json, QLatin1StringView("byDay"), &statement.byDay, dayRow, error))
        return std::nullopt;
    const QJsonValue settled = json.value(u"settledThrough");
    if (!settled.isNull() && !settled.isUndefined()) {
        statement.settledThrough = QDate::fromString(settled.toString(), Qt::ISODate);
        if (!statement.settledThrough.isValid()) {
            fail(error, QStringLiteral("settledThrough"));
            return std::nullopt;
        }
    }
    return statement;
}

bool MonthStatement::addsUp() const
{
    if (sumOf(byPayer) != totalCents || sumOf(byItem) != totalCents || sumOf(bySite) != totalCents
        || sumOf(byDay) != totalCents)
        return false;
    for (const DayTotal &day : byDay) {
        if (sumOf(day.byItem) != day.cents)
            return false;
    }
    return true;
}

} // namespace billing
