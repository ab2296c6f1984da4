#include "BillLine.h"

#include "ExactDecimal.h"

#include <array>
#include <utility>

namespace billing {
namespace {
constexpr std::array<std::pair<BillLineStatus, const char16_t *>, 4> kStatuses{{
    {BillLineStatus::Charged, u"charged"},
    {BillLineStatus::PendingPush, u"pending_push"},
    {BillLineStatus::Pushed, u"pushed"},
    {BillLineStatus::PushFailed, u"push_failed"},
}};

constexpr int kPricePlaces = 6; // prices are micros

std::nullopt_t failed(QString *error, const QString &field)
{
    if (error)
        *error = field;
    return std::nullopt;
}

bool isDecimal(const QJsonValue &value, int places)
{
    return value.isString() && money::parseScaled(value.toString(), places).has_value();
}
} // namespace

QString toWire(BillLineStatus status)
{
    for (const auto &[key, wire] : kStatuses) {
        if (key == status)
            return QString::fromUtf16(wire);
    }
    return {};
}

std::optional<BillLineStatus> billLineStatusFromWire(QStringView wire)
{
    for (const auto &[key, text] : kStatuses) {
        if (wire == QStringView(text))
            return key;
    }
    return std::nullopt;
}

QString BillLine::payerKey() const
{
    const QString method = toWire(payerMethod);
    return payerInstanceId.isEmpty() ? method : method + u':' + payerInstanceId;
}

QString BillLine::amountText() const
{
    return money::amountText(amountCents);
}

QJsonObject BillLine::toJson() const
{
    QJsonObject payer{{QStringLiteral("method"), toWire(payerMethod)}};
    if (!payerInstanceId.isEmpty())
        payer.insert(QStringLiteral("instanceId"), payerInstanceId);
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("day"), day.toString(Qt::ISODate)},
        {QStringLiteral("workspaceId"), workspaceId},
        {QStringLiteral("workspaceName"), workspaceName},
        {QStringLiteral("site"), site},
        {QStringLiteral("item"), item},
        {QStringLiteral("quantity"), quantity},
        {QStringLiteral("unit"), unit},
        {QStringLiteral("unitPrice"), unitPrice},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("amount"), amountText()},
        {QStringLiteral("payer"), payer},
        {QStringLiteral("status"), toWire(status)},
    };
    if (!pushError.isEmpty())
        object.insert(QStringLiteral("pushError"), pushError);
    return object;
}

std::optional<BillLine> BillLine::fromJson(const QJsonObject &object, QString *error)
{
    BillLine line;
    line.id = object.value(u"id").toString();
    line.day = QDate::fromString(object.value(u"day").toString(), Qt::ISODate);
    line.workspaceId = object.value(u"workspaceId").toString();
    line.workspaceName = object.value(u"workspaceName").toString();
    line.site = object.value(u"site").toString();
    line.item = object.value(u"item").toString();
    line.quantity = object.value(u"quantity").toString();
    line.unitPrice = object.value(u"unitPrice").toString();
    line.currency = object.value(u"currency").toString();
    line.pushError = object.value(u"pushError").toString();
    const QJsonValue unit = object.value(u"unit");
    const auto amount = money::parseScaled(object.value(u"amount").toString(), 2);
    const QJsonObject payer = object.value(u"payer").toObject();
    const auto method = settlementMethodFromWire(payer.value(u"method").toString());
    const auto status = billLineStatusFromWire(object.value(u"status").toString());
    if (line.id.isEmpty())
        return failed(error, QStringLiteral("id"));
    if (!line.day.isValid())
        return failed(error, QStringLiteral("day"));
    if (line.workspaceId.isEmpty())
        return failed(error, QStringLiteral("workspaceId"));
    if (!object.value(u"workspaceName").isString())
        return failed(error, QStringLiteral("workspaceName"));
    if (line.site.isEmpty())
        return failed(error, QStringLiteral("site"));
    if (line.item.isEmpty())
        return failed(error, QStringLiteral("item"));
    if (!isDecimal(object.value(u"quantity"), money::kQuantityPlaces))
        return failed(error, QStringLiteral("quantity"));
    // A JSON number is a double: only whole values that a double holds exactly are units.
    if (!unit.isDouble() || unit.toDouble() < 1 || unit.toDouble() > 1e15
        || unit.toDouble() != double(unit.toInteger()))
        return failed(error, QStringLiteral("unit"));
    if (!isDecimal(object.value(u"unitPrice"), kPricePlaces))
        return failed(error, QStringLiteral("unitPrice"));
    if (line.currency.isEmpty())
        return failed(error, QStringLiteral("currency"));
    if (!amount)
        return failed(error, QStringLiteral("amount"));
    if (!method)
        return failed(error, QStringLiteral("payer.method"));
    const QJsonValue instanceId = payer.value(u"instanceId");
    if (!instanceId.isUndefined() && !instanceId.isNull() && !instanceId.isString())
        return failed(error, QStringLiteral("payer.instanceId"));
    if (!status)
        return failed(error, QStringLiteral("status"));
    line.unit = unit.toInteger();
    line.amountCents = *amount;
    line.payerMethod = *method;
    line.payerInstanceId = instanceId.toString();
    line.status = *status;
    return line;
}

} // namespace billing
