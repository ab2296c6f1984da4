// Plan files in the export format, CSV flavour (docs/plan-format.md): the reader, then the
// validator over whatever rows it produced, as File > Import plan and "validate-plan" do.
// A plan read from UTF-8 must read the same from UTF-16LE with a BOM (Excel's "Unicode
// text"), so that decoding never changes what the rows say.
#include "PlanFuzzChecks.h"

#include <QStringEncoder>

using namespace billing;

namespace {
QStringList valuesOf(const PlanRow &row)
{
    return QStringList{QString::number(row.line)} + row.values();
}

void checkSameFromUtf16(const QByteArray &data, const PlanReadResult &fromUtf8)
{
    if (!fromUtf8.ok() || fromUtf8.encoding != u"UTF-8")
        return;
    const QByteArrayView text =
        data.startsWith("\xEF\xBB\xBF") ? QByteArrayView(data).sliced(3) : QByteArrayView(data);
    QStringEncoder encoder(QStringConverter::Utf16LE);
    const QByteArray encoded = encoder(QString::fromUtf8(text));
    QByteArray utf16("\xFF\xFE");
    utf16.append(encoded);
    const PlanReadResult fromUtf16 = PlanReader().readCsv(utf16);
    fuzz::require(fromUtf16.ok() && fromUtf16.encoding == u"UTF-16LE");
    fuzz::require(fromUtf16.separator == fromUtf8.separator);
    fuzz::require(fromUtf16.plan.rows.size() == fromUtf8.plan.rows.size());
    for (qsizetype i = 0; i < fromUtf8.plan.rows.size(); ++i)
        fuzz::require(valuesOf(fromUtf16.plan.rows.at(i)) == valuesOf(fromUtf8.plan.rows.at(i)));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    const QByteArray input = fuzz::bytes(data, size);
    const PlanReadResult result = PlanReader().readCsv(input);
    fuzz::checkReadPlan(result);
    fuzz::require(!result.encoding.isEmpty());
    fuzz::require(result.separator == 0 || result.separator == ',' || result.separator == ';'
                  || result.separator == '\t');
    fuzz::require(!result.ok() || result.separator != 0);
    checkSameFromUtf16(input, result);
    return 0;
}
