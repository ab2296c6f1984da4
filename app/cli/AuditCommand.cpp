#include "AuditCommand.h"

#include "ActivityExport.h"
#include "ActivityPeriod.h"
#include "CliActivitySource.h"
#include "CliSupport.h"
#include "Rfc3339.h"

#include <QDir>

namespace billing {
namespace {
QString eventNames()
{
    QStringList names;
    for (EventKind kind : {EventKind::Created, EventKind::SettlementChanged, EventKind::LockPending,
                           EventKind::Locked, EventKind::Unlocked})
        names.append(toWire(kind));
    return names.join(QStringLiteral(", "));
}
} // namespace

QString AuditCommand::description() const
{
    return tr("Export the account's activity of a period to a CSV, JSON or Excel (.xlsx) file for "
              "auditors.");
}

void AuditCommand::addOptions(QCommandLineParser &parser)
{
    m_server.addTo(parser);
    m_file.addTo(parser);
    m_since.setDescription(tr("Start of the period, included: RFC 3339 or YYYY-MM-DD (00:00 UTC). "
                              "Default: %n day(s) before the end.",
                              nullptr, kDefaultActivityDays));
    m_until.setDescription(tr("End of the period, excluded: RFC 3339 or YYYY-MM-DD (00:00 UTC). "
                              "Default: now."));
    m_workspace.setDescription(tr("Only the events of this workspace."));
    m_actor.setDescription(tr("Only the events of: user, marketplace, system, user:NAME or "
                              "marketplace:NAME."));
    m_event.setDescription(tr("Only events of this kind: %1.").arg(eventNames()));
    parser.addOptions({m_since, m_until, m_workspace, m_actor, m_event});
}

QString AuditCommand::checkOptions(const QCommandLineParser &parser)
{
    QString problem = m_file.check(parser);
    if (problem.isEmpty())
        problem = m_server.check(parser);
    return problem.isEmpty() ? readFilter(parser) : problem;
}

QString AuditCommand::readFilter(const QCommandLineParser &parser)
{
    m_filter = AuditFilter{};
    for (const auto &[option, end] :
         {std::pair{&m_since, &m_filter.since}, std::pair{&m_until, &m_filter.until}}) {
        if (!parser.isSet(*option))
            continue;
        *end = parseActivityTime(parser.value(*option));
        if (!end->isValid())
            return tr("--%1: \"%2\" is not a time. Give RFC 3339 (2026-11-01T08:00:00Z) or a "
                      "date (2026-11-01, meaning 00:00 UTC).")
                .arg(option->names().constFirst(), parser.value(*option));
    }
    completeActivityPeriod(m_filter, QDateTime::currentDateTimeUtc());
    if (m_filter.since >= m_filter.until)
        return tr("The period is empty: --since (%1) must be earlier than --until (%2).")
            .arg(rfc3339::format(m_filter.since), rfc3339::format(m_filter.until));
    if (parser.isSet(m_workspace)) {
        m_filter.workspaceId = parser.value(m_workspace).trimmed();
        if (m_filter.workspaceId.isEmpty())
            return tr("--workspace needs a workspace ID.");
    }
    if (parser.isSet(m_actor) && !m_filter.setActorFromWire(parser.value(m_actor).trimmed()))
        return tr("--actor: give user, marketplace, system, user:NAME or marketplace:NAME.");
    if (parser.isSet(m_event)) {
        m_filter.event = eventKindFromWire(parser.value(m_event).trimmed());
        if (!m_filter.event)
            return tr("--event: give one of %1.").arg(eventNames());
    }
    return {};
}

void AuditCommand::run(const QCommandLineParser &parser, CliEnvironment &environment)
{
    const QUrl server = m_server.server(parser);
    const QString username = m_server.username(parser);
    const ExportFormat format = m_file.format(parser);
    const QString output = m_file.output(parser);
    auto *source = new CliActivitySource(environment, server, username, m_filter, this);
    source->endOnFailure(*this);
    connect(source, &CliActivitySource::loaded, this,
            [this, &environment, server, username, format,
             output](const ActivityReader::Result &result) {
                if (result.fromCache)
                    environment.err << result.notice << Qt::endl;
                for (const QString &warning : result.warnings)
                    environment.err << warning << Qt::endl;
                const ActivityExportDocument document{
                    server,        username,
                    m_filter,      QDateTime::currentDateTimeUtc(),
                    result.events, result.fromCache ? result.syncedAt : QDateTime()};
                QString error;
                const bool written = writeActivityExport(output, format, document, &error);
                Q_EMIT finished(reportWritten(
                    environment, written, error,
                    tr("Exported %n event(s) of the period %1 – %2 to %3.", nullptr,
                       int(document.events.size()))
                        .arg(rfc3339::format(m_filter.since), rfc3339::format(m_filter.until),
                             QDir::toNativeSeparators(output))));
            });
    source->load(m_file.offline(parser));
}

} // namespace billing
