#include "BillsCommand.h"

#include "BillMonth.h"
#include "CliBillSource.h"
#include "CliSupport.h"
#include "ExactDecimal.h"

#include <QDir>

namespace billing {

QString BillsCommand::description() const
{
    return tr("Show or export one month's bill: per payer, item, site, workspace or line.");
}

void BillsCommand::addOptions(QCommandLineParser &parser)
{
    m_server.addTo(parser);
    m_month.setDescription(tr("The billing month (Beijing time), e.g. 2026-11."));
    m_by.setDescription(tr("One row per payer (default), item, site or workspace, with a total "
                           "row; or one row per bill line."));
    m_format.setDescription(tr(
        "table (aligned text, default), csv, json or xlsx (an Excel workbook; needs --output)."));
    m_output.setDescription(
        tr("The file to write (replaced atomically). Default: standard output."));
    m_offline.setDescription(tr("Do not contact the server: use the last synced copy."));
    parser.addOptions({m_month, m_by, m_format, m_output, m_offline});
}

QString BillsCommand::checkOptions(const QCommandLineParser &parser)
{
    m_monthText = parser.value(m_month).trimmed();
    if (!parser.isSet(m_month))
        return tr("Give the month: --month YYYY-MM (e.g. --month 2026-11).");
    if (!parseBillMonth(m_monthText).isValid())
        return tr("--month: \"%1\" is not a month. Give YYYY-MM, e.g. 2026-11.").arg(m_monthText);
    const auto grouping = billGroupingFromWire(parser.value(m_by).trimmed().toLower());
    if (parser.isSet(m_by) && !grouping)
        return tr("--by: give one of %1.").arg(billGroupingNames().join(u", "));
    m_grouping = grouping.value_or(BillGrouping::Payer);
    const auto format = billFormatFromWire(parser.value(m_format).trimmed().toLower());
    if (parser.isSet(m_format) && !format)
        return tr("--format: give table, csv, json or xlsx.");
    m_fileFormat = format.value_or(BillFormat::Table);
    m_path = parser.value(m_output).trimmed();
    if (parser.isSet(m_output) && m_path.isEmpty())
        return tr("Name the file to write: --output FILE.");
    if (m_fileFormat == BillFormat::Xlsx && m_path.isEmpty())
        return tr("--format xlsx writes a workbook, not text: name the file with --output FILE.");
    return m_server.check(parser);
}

void BillsCommand::run(const QCommandLineParser &parser, CliEnvironment &environment)
{
    const QUrl server = m_server.server(parser);
    const QString username = m_server.username(parser);
    auto *source = new CliBillSource(environment, server, username, m_monthText, this);
    source->endOnFailure(*this);
    connect(source, &CliBillSource::loaded, this,
            [this, &environment, server, username](const BillReader::Result &result) {
                if (result.fromCache)
                    environment.err << result.notice << Qt::endl;
                for (const QString &warning : result.warnings)
                    environment.err << warning << Qt::endl;
                write({server, username, m_monthText, m_grouping, QDateTime::currentDateTimeUtc(),
                       result.lines, result.fromCache ? result.syncedAt : QDateTime()},
                      environment);
            });
    source->load(parser.isSet(m_offline));
}

void BillsCommand::write(const BillExportDocument &document, CliEnvironment &environment)
{
    if (m_path.isEmpty()) {
        environment.out << QString::fromUtf8(billTo(m_fileFormat, document));
        environment.out.flush();
        Q_EMIT finished(ExitOk);
        return;
    }
    QString error;
    const bool written = writeBillExport(m_path, m_fileFormat, document, &error);
    Q_EMIT finished(
        reportWritten(environment, written, error,
                      tr("Exported the bill %1 (%n line(s), total %2 %3) to %4.", nullptr,
                         int(document.lines.size()))
                          .arg(document.month, money::amountText(totalCents(document.lines)),
                               document.currency(), QDir::toNativeSeparators(m_path))));
}

} // namespace billing
