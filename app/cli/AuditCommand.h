#pragma once

#include "AuditFilter.h"
#include "CliCommand.h"
#include "ExportFileOptions.h"
#include "ServerOptions.h"

namespace billing {

// billing-desk audit --server URL --username NAME [--since T] [--until T] --format csv|json
// --output FILE [--offline] [--workspace ID] [--actor A] [--event E]: writes the account's
// activity of a period for auditors (docs/cli.md, docs/export.md), with the offline rules
// of `export`.
class AuditCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("audit"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    QString checkOptions(const QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser, CliEnvironment &environment) override;

private:
    QString readFilter(const QCommandLineParser &parser);

    ServerOptions m_server;
    ExportFileOptions m_file;
    QCommandLineOption m_since{QStringLiteral("since"), QString(), QStringLiteral("T")};
    QCommandLineOption m_until{QStringLiteral("until"), QString(), QStringLiteral("T")};
    QCommandLineOption m_workspace{QStringLiteral("workspace"), QString(), QStringLiteral("ID")};
    QCommandLineOption m_actor{QStringLiteral("actor"), QString(), QStringLiteral("ACTOR")};
    QCommandLineOption m_event{QStringLiteral("event"), QString(), QStringLiteral("EVENT")};
    AuditFilter m_filter; // read by checkOptions()
};

} // namespace billing
