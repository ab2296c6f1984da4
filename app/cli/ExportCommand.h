#pragma once

#include "CliCommand.h"
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
    QCommandLineOption m_format{QStringLiteral("format"), QString(), QStringLiteral("json|csv")};
    QCommandLineOption m_output{QStringLiteral("output"), QString(), QStringLiteral("FILE")};
    QCommandLineOption m_offline{QStringLiteral("offline")};
};

} // namespace billing
