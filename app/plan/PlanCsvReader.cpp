// PlanReader::readCsv: RFC 4180 through libcsv, with the line each record starts on.
#include "PlanReader.h"

#include "CsvRecord.h"
#include "CsvSeparator.h"
#include "PlanLog.h"
#include "PlanTable.h"
#include "PlanTextDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <csv.h>

namespace billing {
namespace {
// The context lupdate files these messages under, whatever function they are in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::PlanReader)
};

int noSpace(unsigned char)
{
    return 0; // RFC 4180: spaces belong to the field
}

// A header row quoted in a message: its first 80 characters.
QString elided(const QString &header)
{
    if (header.size() <= 80)
        return header;
    return header.left(79) + QChar(u'\u2026');
}

struct CsvCollector {
    QList<QList<QByteArray>> records;
    QList<int> startLines;
    QList<QByteArray> current;
    int currentLine = 0;
    int recordStart = 1;

    static void onField(void *data, size_t length, void *self)
    {
        auto *collector = static_cast<CsvCollector *>(self);
        collector->current.append(
            data ? QByteArray(static_cast<const char *>(data), qsizetype(length)) : QByteArray());
    }
    static void onRecordEnd(int, void *self)
    {
        auto *collector = static_cast<CsvCollector *>(self);
        collector->records.append(std::move(collector->current));
        collector->startLines.append(collector->recordStart);
        collector->current.clear();
    }
};

} // namespace

QString PlanReadResult::csvText() const
{
    if (plan.format != Plan::Format::Csv || encoding.isEmpty())
        return {};
    if (separator == 0)
        return encoding;
    return Text::tr("%1, separated by %2").arg(encoding, CsvSeparator::pluralName(separator));
}

PlanReadResult PlanReader::readCsv(const QByteArray &data) const
{
    PlanReadResult result;
    result.plan.format = Plan::Format::Csv;
    // Decoded to UTF-8 first, so that libcsv and the row rules see one encoding.
    const DecodedPlanText text = PlanTextDecoder::decode(data);
    result.encoding = text.encoding;
    if (!text.error.isEmpty()) {
        result.issues.append({text.errorLine, 1, {}, text.error});
        return result;
    }
    const QByteArray &csv = text.utf8;
    const CsvSeparator separator = CsvSeparator::detect(csv, csvHeader());
    if (!separator.found) {
        result.issues.append(
            {separator.headerLine,
             1,
             {},
             Text::tr("the header row has none of the expected columns (%1) separated by "
                      "commas, semicolons or tabs; it reads \"%2\"")
                 .arg(csvHeader().join(u", "), elided(separator.header))});
        return result;
    }
    result.separator = separator.character;

    csv_parser parser{};
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        result.issues.append({0, 0, {}, Text::tr("out of memory")});
        return result;
    }
    csv_set_space_func(&parser, noSpace);
    csv_set_delim(&parser, static_cast<unsigned char>(separator.character));
    CsvCollector collector;
    // Fed line by line, so that a record's first line is known even when quoted fields
    // span lines: a record starts on a line fed while the parser is between records.
    qsizetype from = 0;
    bool failed = false;
    while (from < csv.size() && !failed) {
        qsizetype end = csv.indexOf('\n', from);
        end = end < 0 ? csv.size() : end + 1;
        ++collector.currentLine;
        if (parser.pstate == 0)
            collector.recordStart = collector.currentLine;
        const size_t length = size_t(end - from);
        if (csv_parse(&parser, csv.constData() + from, length, CsvCollector::onField,
                      CsvCollector::onRecordEnd, &collector)
            != length)
            failed = true;
        from = end;
    }
    if (!failed
        && csv_fini(&parser, CsvCollector::onField, CsvCollector::onRecordEnd, &collector) != 0)
        failed = true;
    if (failed) {
        result.issues.append(
            {collector.recordStart,
             1,
             {},
             Text::tr("not valid CSV (%1), e.g. a quote inside an unquoted field or "
                      "an unterminated quoted field")
                 .arg(QString::fromLatin1(csv_strerror(csv_error(&parser))))});
    }
    csv_free(&parser);
    if (failed)
        return result;
    if (collector.records.isEmpty()) {
        result.issues.append(
            {1,
             1,
             {},
             Text::tr("the file is empty; expected the header %1").arg(csvHeader().join(u','))});
        return result;
    }

    QList<PlanTableRecord> records;
    for (qsizetype r = 0; r < collector.records.size(); ++r) {
        PlanTableRecord record;
        record.line = collector.startLines.at(r);
        const QList<QByteArray> &fields = collector.records.at(r);
        for (qsizetype c = 0; c < fields.size(); ++c) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
            const QString value = decoder(fields.at(c));
            if (decoder.hasError())
                record.problems.insert(c, text.gb18030Refused
                                              ? Text::tr("neither valid UTF-8 nor GB18030 text")
                                              : Text::tr("not valid UTF-8"));
            // Undoes the quote the export put before a formula-like cell (CsvRecord.h).
            record.cells.append(r == 0 ? value : fromFormulaSafeCell(value));
        }
        records.append(std::move(record));
    }
    readPlanTable(records, &result);
    qCDebug(lcPlan) << "CSV plan:" << result.plan.rows.size() << "rows," << result.issues.size()
                    << "issues," << result.encoding << "separated by" << separator.character;
    return result;
}

} // namespace billing
