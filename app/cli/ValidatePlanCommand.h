#pragma once

#include "CliCommand.h"
#include "CliWorkspaceSource.h"
#include "ServerOptions.h"

namespace billing {

// billing-desk validate-plan FILE [--server URL --username NAME] [--offline]: reads a plan
// (the export format) and prints every problem with its line and column. Exit 0 when valid,
// 3 when not, 1 when the file cannot be read. With a profile it also checks unknown
// workspaces and the site rule against the server's list (or the offline copy); without
// one only the file itself is checked (docs/export.md).
class ValidatePlanCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("validate-plan"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    QString checkOptions(const QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser, CliEnvironment &environment) override;

private:
    void report(const QString &path, const std::optional<CliWorkspaceSource::Snapshot> &snapshot);

    ServerOptions m_server;
    QCommandLineOption m_offline{QStringLiteral("offline")};
    CliEnvironment *m_env = nullptr;
};

} // namespace billing
