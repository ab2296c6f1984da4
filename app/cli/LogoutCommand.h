#pragma once

#include "CliCommand.h"
#include "ServerOptions.h"

namespace billing {

// billing-desk logout --server URL --username NAME [--forget]
class LogoutCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("logout"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    QString checkOptions(const QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser, CliEnvironment &environment) override;

private:
    ServerOptions m_server;
    QCommandLineOption m_forget{QStringLiteral("forget")};
};

} // namespace billing
