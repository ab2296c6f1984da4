#include "CliRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("billing-desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("billing-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BILLING_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCoreApplication app(argc, argv);
    if (billing::CliRunner::isCommandInvocation(arguments))
        return billing::CliRunner().run(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Billing Desk: workspace settlement for billing administrators."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return billing::CliRunner().run(arguments);
}
