#include "CliRunner.h"

#include "ApplyCommand.h"
#include "AuditCommand.h"
#include "BillsCommand.h"
#include "CliCommand.h"
#include "ExportCommand.h"
#include "KeychainCredentialStore.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "ValidatePlanCommand.h"
#include "WhoamiCommand.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>

#include <cstdio>

namespace billing {
namespace {
// The context lupdate files these messages under, whatever function they are in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::CliRunner)
};

const QStringList &commandNames()
{
    static const QStringList names{QStringLiteral("login"),  QStringLiteral("logout"),
                                   QStringLiteral("whoami"), QStringLiteral("apply"),
                                   QStringLiteral("export"), QStringLiteral("validate-plan"),
                                   QStringLiteral("audit"),  QStringLiteral("bills")};
    return names;
}
} // namespace

CliRunner::CliRunner()
{
    m_commands.push_back(std::make_unique<LoginCommand>());
    m_commands.push_back(std::make_unique<LogoutCommand>());
    m_commands.push_back(std::make_unique<WhoamiCommand>());
    m_commands.push_back(std::make_unique<ApplyCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ValidatePlanCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<BillsCommand>());
}

CliRunner::~CliRunner() = default;

bool CliRunner::isCommandInvocation(const QStringList &arguments)
{
    return arguments.size() > 1 && commandNames().contains(arguments.at(1));
}

CliCommand *CliRunner::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliRunner::commandSummary() const
{
    QString summary = Text::tr("Commands:") + u'\n';
    for (const auto &command : m_commands)
        summary += u"  " + command->name().leftJustified(14) + command->description() + u'\n';
    return summary;
}

int CliRunner::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliCommand *command = find(arguments.value(1));
    if (!command) {
        err << commandSummary();
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->description());
    parser.addHelpOption();
    command->addOptions(parser);
    QStringList commandArguments = arguments;
    commandArguments[0] = arguments.at(0) + u' ' + command->name();
    commandArguments.removeAt(1);
    if (!parser.parse(commandArguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty() && command->name() != u"apply"
        && command->name() != u"validate-plan") {
        err << Text::tr("Unexpected argument: %1").arg(parser.positionalArguments().first())
            << Qt::endl;
        return ExitUsage;
    }
    const QString problem = command->checkOptions(parser);
    if (!problem.isEmpty()) {
        err << problem << Qt::endl;
        return ExitUsage;
    }

    QNetworkAccessManager network;
    KeychainCredentialStore credentials;
    CliEnvironment environment{out, err,
                               [] {
                                   QFile input;
                                   if (!input.open(stdin, QIODevice::ReadOnly))
                                       return QByteArray();
                                   return input.readLine(64 * 1024);
                               },
                               network, credentials};
    QEventLoop loop;
    int exitCode = ExitFailure;
    QObject::connect(command, &CliCommand::finished, &loop, [&](int code) {
        exitCode = code;
        loop.quit();
    });
    command->run(parser, environment);
    loop.exec();
    out.flush();
    err.flush();
    return exitCode;
}

} // namespace billing
