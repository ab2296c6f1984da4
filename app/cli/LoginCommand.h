#pragma once

#include "CliCommand.h"
#include "ServerOptions.h"

namespace billing {

// billing-desk login --server URL --username NAME --password-stdin
class LoginCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("login"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    QString checkOptions(const QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser, CliEnvironment &environment) override;

private:
    ServerOptions m_server;
    QCommandLineOption m_passwordStdin{QStringLiteral("password-stdin")};
};

} // namespace billing
