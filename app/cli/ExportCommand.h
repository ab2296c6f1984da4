#pragma once

#include "CliCommand.h"
#include "ExportFileOptions.h"
#include "ServerOptions.h"

namespace billing {

// billing-desk export --server URL --username NAME --format json|csv --output FILE [--offline]:
// writes every workspace of the account to FILE (docs/export.md). Online it logs in from
// the keychain like `apply` and refreshes the offline cache; with --offline, or when the
// server cannot be reached, it exports the cache and says on stderr how old it is.
class ExportCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("export"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    QString checkOptions(const QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser, CliEnvironment &environment) override;

private:
    ServerOptions m_server;
    ExportFileOptions m_file;
};

} // namespace billing
