#include "BillSheet.h"

#include "ExactDecimal.h"

namespace billing {
namespace {
QStringList columnsOf(BillGrouping grouping)
{
    switch (grouping) {
    case BillGrouping::Line:
        return {u"day"_qs,      u"workspace_id"_qs, u"workspace_name"_qs, u"site"_qs,
                u"item"_qs,     u"quantity"_qs,     u"unit"_qs,           u"unit_price"_qs,
                u"currency"_qs, u"amount"_qs,       u"payer_method"_qs,   u"payer_id"_qs,
                u"status"_qs};
    case BillGrouping::Payer:
        return {u"payer_method"_qs, u"payer_id"_qs, u"status"_qs, u"currency"_qs, u"amount"_qs};
    case BillGrouping::Item:
        return {u"item"_qs, u"quantity"_qs, u"unit"_qs, u"currency"_qs, u"amount"_qs};
    case BillGrouping::Site:
        return {u"site"_qs, u"currency"_qs, u"amount"_qs};
    case BillGrouping::Workspace:
        return {u"workspace_id"_qs, u"workspace_name"_qs, u"site"_qs, u"currency"_qs, u"amount"_qs};
    }
    return {};
}

QStringList lineRow(const BillLine &line)
{
    return {line.day.toString(Qt::ISODate),
            line.workspaceId,
            line.workspaceName,
            line.site,
            line.item,
            line.quantity,
            QString::number(line.unit),
            line.unitPrice,
            line.currency,
            line.amountText(),
            toWire(line.payerMethod),
            line.payerInstanceId,
            toWire(line.status)};
}

QStringList groupRow(const BillGroup &group, BillGrouping grouping, const QString &currency)
{
    const QString amount = money::amountText(group.amountCents);
    switch (grouping) {
    case BillGrouping::Payer:
        return {toWire(group.payerMethod), group.payerInstanceId, toWire(group.status), currency,
                amount};
    case BillGrouping::Item:
        return {group.item, quantityText(group.quantityE4), QString::number(group.unit), currency,
                amount};
    case BillGrouping::Site:
        return {group.site, currency, amount};
    case BillGrouping::Workspace:
        return {group.workspaceId, group.workspaceName, group.site, currency, amount};
    case BillGrouping::Line:
        break;
    }
    return {};
}
} // namespace

BillSheet BillSheet::of(const QList<BillLine> &lines, BillGrouping grouping,
                        const QString &currency)
{
    BillSheet sheet;
    sheet.columns = columnsOf(grouping);
    if (grouping == BillGrouping::Line) {
        sheet.rows.reserve(lines.size());
        for (const BillLine &line : lines)
            sheet.rows.append(lineRow(line));
        return sheet;
    }
    for (const BillGroup &group : groupBillLines(lines, grouping))
        sheet.rows.append(groupRow(group, grouping, currency));
    sheet.totalRow = QStringList(sheet.columns.size(), QString());
    sheet.totalRow.first() = u"total"_qs;
    sheet.totalRow[sheet.columns.indexOf(u"currency")] = currency;
    sheet.totalRow.last() = money::amountText(totalCents(lines));
    return sheet;
}

QString BillSheet::label(const QString &column)
{
    static const QList<std::pair<QString, const char *>> labels{
        {u"day"_qs, QT_TRANSLATE_NOOP("billing::BillSheet", "Day")},
        {u"workspace_id"_qs, QT_TRANSLATE_NOOP("billing::BillSheet", "Workspace ID")},
        {u"workspace_name"_qs, QT_TRANSLATE_NOOP("billing::BillSheet", "Workspace name")},
        {u"site"_qs, QT_TRANSLATE_NOOP("billing::BillSheet", "Site")},
        {u"item"_qs, QT_TRANSLATE_NOOP("billing::BillSheet", "Item")},
        {u"quantity"_qs, QT_TRANSLATE_NOOP("billing::BillSheet", "Quantity")},
        {u"unit"_qs, QT_TRANSLATE_NOOP("billing::BillSheet", "Unit")},
        {u"unit_price"_qs, QT_TRANSLATE_NOOP("billing::BillSheet", "Unit price")},
        {u"currency"_qs, QT_TRANSLATE_NOOP("billing::BillSheet", "Currency")},
        {u"amount"_qs, QT_TRANSLATE_NOOP("billing::BillSheet", "Amount")},
        {u"payer_method"_qs, QT_TRANSLATE_NOOP("billing::BillSheet", "Payer")},
        {u"payer_id"_qs, QT_TRANSLATE_NOOP("billing::BillSheet", "Instance ID")},
        {u"status"_qs, QT_TRANSLATE_NOOP("billing::BillSheet", "Status")},
    };
    for (const auto &[key, source] : labels) {
        if (key == column)
            return tr(source);
    }
    return column;
}

bool BillSheet::isNumeric(const QString &column)
{
    return column == u"amount" || column == u"quantity" || column == u"unit"
           || column == u"unit_price";
}

} // namespace billing
