#include "BillExport.h"

#include "AtomicFile.h"
#include "BillSheet.h"
#include "BillXlsx.h"
#include "CsvRecord.h"
#include "DisplayWidth.h"
#include "ExactDecimal.h"
#include "Rfc3339.h"
#include "XlsxWorkbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <utility>

namespace billing {
namespace {
constexpr std::array<std::pair<BillFormat, const char16_t *>, 4> kFormats{{
    {BillFormat::Table, u"table"},
    {BillFormat::Csv, u"csv"},
    {BillFormat::Json, u"json"},
    {BillFormat::Xlsx, u"xlsx"},
}};

QJsonObject payerJson(const BillGroup &group)
{
    QJsonObject payer{{u"method"_qs, toWire(group.payerMethod)}};
    if (!group.payerInstanceId.isEmpty())
        payer.insert(u"instanceId"_qs, group.payerInstanceId);
    return payer;
}

// The statement's shapes (GET /api/v1/bills), one per grouping.
QJsonObject groupJson(const BillGroup &group, BillGrouping grouping)
{
    const QString total = money::amountText(group.amountCents);
    switch (grouping) {
    case BillGrouping::Payer:
        return {{u"payer"_qs, payerJson(group)},
                {u"status"_qs, toWire(group.status)},
                {u"total"_qs, total}};
    case BillGrouping::Item:
        return {{u"item"_qs, group.item},
                {u"quantity"_qs, quantityText(group.quantityE4)},
                {u"unit"_qs, group.unit},
                {u"total"_qs, total}};
    case BillGrouping::Site:
        return {{u"site"_qs, group.site}, {u"total"_qs, total}};
    case BillGrouping::Workspace:
        return {{u"workspaceId"_qs, group.workspaceId},
                {u"workspaceName"_qs, group.workspaceName},
                {u"site"_qs, group.site},
                {u"total"_qs, total}};
    case BillGrouping::Line:
        break;
    }
    return {};
}

// Line breaks and tabs inside a cell would break the table's rows.
QString oneLine(QString cell)
{
    for (QChar &c : cell) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return cell;
}
} // namespace

QString toWire(BillFormat format)
{
    for (const auto &[key, wire] : kFormats) {
        if (key == format)
            return QString::fromUtf16(wire);
    }
    return {};
}

std::optional<BillFormat> billFormatFromWire(QStringView wire)
{
    for (const auto &[key, text] : kFormats) {
        if (wire == QStringView(text))
            return key;
    }
    return std::nullopt;
}

QString BillExportDocument::currency() const
{
    return lines.isEmpty() ? QString() : lines.constFirst().currency;
}

QByteArray billToCsv(const BillExportDocument &document)
{
    const BillSheet sheet = BillSheet::of(document.lines, document.grouping, document.currency());
    QByteArray csv;
    appendCsvRecord(csv, sheet.columns);
    for (const QStringList &row : sheet.rows)
        appendCsvRecord(csv, row);
    if (!sheet.totalRow.isEmpty())
        appendCsvRecord(csv, sheet.totalRow);
    return csv;
}

QByteArray billToJson(const BillExportDocument &document)
{
    QJsonArray rows;
    if (document.grouping == BillGrouping::Line) {
        for (const BillLine &line : document.lines)
            rows.append(line.toJson());
    } else {
        for (const BillGroup &group : groupBillLines(document.lines, document.grouping))
            rows.append(groupJson(group, document.grouping));
    }
    const QString currency = document.currency();
    QJsonObject root{
        {u"format"_qs, kBillExportFormat},
        {u"version"_qs, kBillExportVersion},
        {u"server"_qs, document.server.toString(QUrl::RemoveUserInfo)},
        {u"username"_qs, document.username},
        {u"exportedAt"_qs, rfc3339::toJson(document.exportedAt)},
        {u"month"_qs, document.month},
        {u"currency"_qs, currency.isEmpty() ? QJsonValue() : QJsonValue(currency)},
        {u"by"_qs, toWire(document.grouping)},
        {u"total"_qs, money::amountText(totalCents(document.lines))},
        {u"rows"_qs, rows},
    };
    if (document.syncedAt.isValid())
        root.insert(u"syncedAt"_qs, rfc3339::toJson(document.syncedAt));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray billToTable(const BillExportDocument &document)
{
    const BillSheet sheet = BillSheet::of(document.lines, document.grouping, document.currency());
    QList<QStringList> table{{}};
    for (const QString &column : sheet.columns)
        table.first().append(BillSheet::label(column));
    for (const QStringList &row : sheet.rows)
        table.append(row);
    if (!sheet.totalRow.isEmpty()) {
        table.append(sheet.totalRow);
        table.last().first() = BillSheet::tr("Total");
    }
    QList<qsizetype> widths(sheet.columns.size(), 0);
    for (QStringList &row : table) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            row[c] = oneLine(row.at(c));
            widths[c] = std::max(widths.at(c), displayWidth(row.at(c)));
        }
    }
    QString text;
    for (const QStringList &row : std::as_const(table)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString padding(widths.at(c) - displayWidth(row.at(c)), u' ');
            if (c > 0)
                line += u"  ";
            line += BillSheet::isNumeric(sheet.columns.at(c)) ? padding + row.at(c)
                                                              : row.at(c) + padding;
        }
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    return text.toUtf8();
}

QByteArray billTo(BillFormat format, const BillExportDocument &document)
{
    switch (format) {
    case BillFormat::Table:
        return billToTable(document);
    case BillFormat::Csv:
        return billToCsv(document);
    case BillFormat::Xlsx:
        return billToXlsx(document);
    case BillFormat::Json:
        break;
    }
    return billToJson(document);
}

bool writeBillExport(const QString &path, BillFormat format, const BillExportDocument &document,
                     QString *error, const std::atomic_bool *cancelled)
{
    if (cancelled && cancelled->load())
        return writeFileAtomically(path, {}, error, cancelled);
    if (format == BillFormat::Xlsx) {
        QString problem;
        const QByteArray workbook = billToXlsx(document, &problem);
        return writeXlsxAtomically(path, workbook, problem, error, cancelled);
    }
    return writeFileAtomically(path, billTo(format, document), error, cancelled);
}

} // namespace billing
