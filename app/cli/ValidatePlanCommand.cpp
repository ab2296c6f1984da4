#include "ValidatePlanCommand.h"

#include "PlanImport.h"
#include "PlanReader.h"
#include "PlanValidator.h"
#include "SiteTable.h"

#include <QDir>

namespace billing {

QString ValidatePlanCommand::description() const
{
    return tr("Check a plan file (JSON or CSV export format) and print its problems.");
}

void ValidatePlanCommand::addOptions(QCommandLineParser &parser)
{
    m_server.addTo(parser);
    m_offline.setDescription(tr("Check against the last synced copy; do not contact the server."));
    parser.addOption(m_offline);
    parser.addPositionalArgument(QStringLiteral("plan"), tr("The plan file."),
                                 QStringLiteral("FILE"));
}

QString ValidatePlanCommand::checkOptions(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return tr("Name one plan file: billing-desk validate-plan FILE [--server URL "
                  "--username NAME].");
    const bool anyProfile =
        parser.isSet(QStringLiteral("server")) || parser.isSet(QStringLiteral("username"));
    if (anyProfile)
        return m_server.check(parser);
    if (parser.isSet(m_offline))
        return tr("--offline needs --server and --username to find the offline copy.");
    return {};
}

void ValidatePlanCommand::run(const QCommandLineParser &parser, CliEnvironment &environment)
{
    m_env = &environment;
    const QString path = parser.positionalArguments().constFirst();
    if (!parser.isSet(QStringLiteral("server"))) {
        environment.err << tr("No --server and --username: only the file is checked, not "
                              "whether its workspaces exist, the site rule nor whether its AWS "
                              "and Azure subscriptions are claimed.")
                        << Qt::endl;
        QMetaObject::invokeMethod(
            this, [this, path] { report(path, std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    auto *source = new CliWorkspaceSource(environment, m_server.server(parser),
                                          m_server.username(parser), this);
    source->withSubscriptions();
    connect(source, &CliWorkspaceSource::failed, this,
            [this, path](int exitCode, const QString &message, bool noCache) {
                m_env->err << message << Qt::endl;
                if (!noCache) {
                    Q_EMIT finished(exitCode);
                    return;
                }
                m_env->err << tr("Only the file is checked, not whether its workspaces exist, "
                                 "the site rule nor whether its AWS and Azure subscriptions are "
                                 "claimed.")
                           << Qt::endl;
                report(path, std::nullopt);
            });
    connect(source, &CliWorkspaceSource::loaded, this,
            [this, path](const CliWorkspaceSource::Snapshot &snapshot) {
                if (snapshot.fromCache)
                    m_env->err << snapshot.notice << Qt::endl;
                report(path, snapshot);
            });
    source->load(parser.isSet(m_offline));
}

void ValidatePlanCommand::report(const QString &path,
                                 const std::optional<CliWorkspaceSource::Snapshot> &snapshot)
{
    QList<PlanIssue> issues;
    int rows = 0;
    bool unreadable = false;
    QString counts;
    QString csvText;
    if (snapshot) {
        const PlanImportResult result =
            importPlan(path, snapshot->workspaces, snapshot->granted, snapshot->claimed);
        issues = result.issues;
        rows = result.rows;
        unreadable = !result.readable;
        csvText = result.csvText;
        counts = tr("%n change(s), ", nullptr, int(result.changes.size()))
                 + tr("%n row(s) unchanged.", nullptr, result.unchanged);
    } else {
        const PlanReadResult read = PlanReader().readFile(path);
        issues = read.issues;
        rows = int(read.plan.rows.size());
        csvText = read.csvText();
        unreadable = !read.ok() && issues.constFirst().line == 0;
        if (read.ok())
            // Without the account its grants are unknown: every method counts as granted,
            // so the site rule is left to the server (docs/export.md).
            issues =
                PlanValidator(SiteTable::builtIn(), allSettlementMethods()).validate(read.plan);
    }
    const QString where = QDir::toNativeSeparators(path);
    if (!csvText.isEmpty())
        m_env->out << tr("%1: read as CSV, %2.").arg(where, csvText) << Qt::endl;
    for (const PlanIssue &issue : std::as_const(issues))
        m_env->out << QStringLiteral("%1: %2").arg(where, issue.toString()) << Qt::endl;
    if (unreadable) {
        Q_EMIT finished(ExitFailure);
        return;
    }
    if (!issues.isEmpty()) {
        m_env->out << tr("%1: not valid, %n problem(s).", nullptr, int(issues.size())).arg(where)
                   << Qt::endl;
        Q_EMIT finished(ExitRejected);
        return;
    }
    QString valid = tr("%1: valid, %n row(s).", nullptr, rows).arg(where);
    if (!counts.isEmpty())
        valid += QLatin1Char(' ') + counts;
    m_env->out << valid << Qt::endl;
    Q_EMIT finished(ExitOk);
}

} // namespace billing
