#pragma once

#include <QStringList>

#include <memory>
#include <vector>

namespace billing {

class CliCommand;

// The billing-desk command line: picks the subcommand, parses its options, runs it on the
// event loop and returns its exit code.
class CliRunner
{
public:
    CliRunner();
    ~CliRunner();

    // True when arguments name a subcommand (argv[1] is "login", "logout", ...).
    static bool isCommandInvocation(const QStringList &arguments);
    // Runs the command; needs a QCoreApplication. Returns the process exit code.
    int run(const QStringList &arguments);

private:
    CliCommand *find(const QString &name) const;
    QString commandSummary() const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace billing
