#pragma once

#include "CliCommand.h"
#include "ServerOptions.h"

namespace billing {

// billing-desk whoami --server URL --username NAME: authenticates from the keychain alone.
class WhoamiCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("whoami"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override { m_server.addTo(parser); }
    QString checkOptions(const QCommandLineParser &parser) override
    {
        return m_server.check(parser);
    }
    void run(const QCommandLineParser &parser, CliEnvironment &environment) override;

private:
    ServerOptions m_server;
};

} // namespace billing
