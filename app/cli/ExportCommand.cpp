#include "ExportCommand.h"

#include "CliWorkspaceSource.h"
#include "WorkspaceExport.h"

#include <QDir>

namespace billing {

QString ExportCommand::description() const
{
    return tr("Export every workspace to a JSON or CSV file (works offline from the last sync).");
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    m_server.addTo(parser);
    m_format.setDescription(tr("File format: json or csv."));
    m_output.setDescription(tr("The file to write (replaced atomically)."));
    m_offline.setDescription(tr("Do not contact the server: export the last synced copy."));
    parser.addOptions({m_format, m_output, m_offline});
}

QString ExportCommand::checkOptions(const QCommandLineParser &parser)
{
    if (!exportFormatFromWire(parser.value(m_format)))
        return tr("Give the format: --format json or --format csv.");
    if (parser.value(m_output).trimmed().isEmpty())
        return tr("Name the file to write: --output FILE.");
    return m_server.check(parser);
}

void ExportCommand::run(const QCommandLineParser &parser, CliEnvironment &environment)
{
    const QUrl server = m_server.server(parser);
    const QString username = m_server.username(parser);
    const ExportFormat format = *exportFormatFromWire(parser.value(m_format));
    const QString output = parser.value(m_output).trimmed();
    auto *source = new CliWorkspaceSource(environment, server, username, this);
    connect(source, &CliWorkspaceSource::failed, this,
            [this, &environment](int exitCode, const QString &message) {
                environment.err << message << Qt::endl;
                Q_EMIT finished(exitCode);
            });
    connect(source, &CliWorkspaceSource::loaded, this,
            [this, &environment, server, username, format,
             output](const CliWorkspaceSource::Snapshot &snapshot) {
                if (snapshot.fromCache)
                    environment.err << snapshot.notice << Qt::endl;
                const ExportDocument document{server, username, QDateTime::currentDateTimeUtc(),
                                              snapshot.workspaces,
                                              snapshot.fromCache ? snapshot.syncedAt : QDateTime()};
                QString error;
                if (!writeExport(output, format, document, &error)) {
                    environment.err << error << Qt::endl;
                    Q_EMIT finished(ExitFailure);
                    return;
                }
                environment.out << tr("Exported %n workspace(s) to %1.", nullptr,
                                      int(document.workspaces.size()))
                                       .arg(QDir::toNativeSeparators(output))
                                << Qt::endl;
                Q_EMIT finished(ExitOk);
            });
    source->load(parser.isSet(m_offline));
}

} // namespace billing
