#include "ExportCommand.h"

#include "CliSupport.h"
#include "CliWorkspaceSource.h"
#include "WorkspaceExport.h"

#include <QDir>

namespace billing {

QString ExportCommand::description() const
{
    return tr("Export every workspace to a JSON, CSV or Excel (.xlsx) file (works offline from the "
              "last sync).");
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    m_server.addTo(parser);
    m_file.addTo(parser);
}

QString ExportCommand::checkOptions(const QCommandLineParser &parser)
{
    const QString problem = m_file.check(parser);
    return problem.isEmpty() ? m_server.check(parser) : problem;
}

void ExportCommand::run(const QCommandLineParser &parser, CliEnvironment &environment)
{
    const QUrl server = m_server.server(parser);
    const QString username = m_server.username(parser);
    const ExportFormat format = m_file.format(parser);
    const QString output = m_file.output(parser);
    auto *source = new CliWorkspaceSource(environment, server, username, this);
    source->endOnFailure(*this);
    connect(source, &CliWorkspaceSource::loaded, this,
            [this, &environment, server, username, format,
             output](const CliWorkspaceSource::Snapshot &snapshot) {
                if (snapshot.fromCache)
                    environment.err << snapshot.notice << Qt::endl;
                const ExportDocument document{server, username, QDateTime::currentDateTimeUtc(),
                                              snapshot.workspaces,
                                              snapshot.fromCache ? snapshot.syncedAt : QDateTime()};
                QString error;
                const bool written = writeExport(output, format, document, &error);
                Q_EMIT finished(reportWritten(
                    environment, written, error,
                    tr("Exported %n workspace(s) to %1.", nullptr, int(document.workspaces.size()))
                        .arg(QDir::toNativeSeparators(output))));
            });
    source->load(m_file.offline(parser));
}

} // namespace billing
