#include "ExportFileOptions.h"

#include <QCoreApplication>

namespace billing {
namespace {
// The messages' translation context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::ExportFileOptions)
};
} // namespace

void ExportFileOptions::addTo(QCommandLineParser &parser)
{
    m_format.setDescription(Text::tr("File format: json, csv or xlsx (an Excel workbook)."));
    m_output.setDescription(Text::tr("The file to write (replaced atomically)."));
    m_offline.setDescription(Text::tr("Do not contact the server: export the last synced copy."));
    parser.addOptions({m_format, m_output, m_offline});
}

QString ExportFileOptions::check(const QCommandLineParser &parser) const
{
    if (!exportFormatFromWire(parser.value(m_format)))
        return Text::tr("Give the format: --format json, csv or xlsx.");
    if (output(parser).isEmpty())
        return Text::tr("Name the file to write: --output FILE.");
    return {};
}

ExportFormat ExportFileOptions::format(const QCommandLineParser &parser) const
{
    return exportFormatFromWire(parser.value(m_format)).value_or(ExportFormat::Json);
}

QString ExportFileOptions::output(const QCommandLineParser &parser) const
{
    return parser.value(m_output).trimmed();
}

} // namespace billing
