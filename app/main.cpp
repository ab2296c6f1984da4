#include "CliRunner.h"
#include "DesktopApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("billing-desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("billing-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BILLING_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (billing::CliRunner::isCommandInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        return billing::CliRunner().run(arguments);
    }
    return billing::DesktopApplication::exec(argc, argv, arguments);
}
