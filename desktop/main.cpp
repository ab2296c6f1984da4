// billing-desk: the GUI, or the command line when argv[1] names a command. The only place
// that sees every layer; what each branch does lives in the libraries.
#include "ApplicationInfo.h"
#include "CliRunner.h"
#include "CommandLineLanguage.h"
#include "DesktopApplication.h"
#include "HugePageHeap.h"
#include "TrustedCa.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>

namespace {
int runCommand(int &argc, char **argv, const QStringList &arguments,
               const billing::CommandLineLanguage &language)
{
    // A command's stderr is for the user: diagnostics only when asked for with
    // QT_LOGGING_RULES (e.g. "billing.*=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("billing.*.debug=false\nbilling.*.info=false"));
    QCoreApplication app(argc, argv);
    QString problem = language.install();
    if (problem.isEmpty())
        problem = billing::trustCaFileFromEnvironment();
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 2;
    }
    return billing::CliRunner().run(arguments);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("billing-desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("billing-desk"));
    billing::HugePageHeap::restartWithHugePagesIfUseful(argv); // finds the offline copies by name
    QCoreApplication::setApplicationVersion(QStringLiteral(BILLING_VERSION));
    // Matches resources/org.billingdesk.BillingDesk.desktop: the shell finds the icon and name.
    QGuiApplication::setDesktopFileName(billing::applicationId());

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QStringList commandArguments = arguments;
    const auto language = billing::CommandLineLanguage::take(commandArguments);
    if (billing::CliRunner::isCommandInvocation(commandArguments))
        return runCommand(argc, argv, commandArguments, language);
    return billing::DesktopApplication::exec(argc, argv, arguments);
}
