#include "ApplicationInfo.h"
#include "CliRunner.h"
#include "DesktopApplication.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>

namespace {
// The desktop's --lang is parsed by DesktopOptions; a command-line invocation takes it out here
// (anywhere on the line, "--lang X" or "--lang=X") so that every command accepts it.
struct LanguageOption {
    Q_DECLARE_TR_FUNCTIONS(billing::CommandLineLanguage)

public:
    QString value;
    bool given = false;

    static LanguageOption take(QStringList &arguments)
    {
        LanguageOption option;
        for (qsizetype i = 1; i < arguments.size();) {
            const QString &argument = arguments.at(i);
            if (argument == u"--lang" && i + 1 < arguments.size()) {
                option = {arguments.at(i + 1), true};
                arguments.remove(i, 2);
            } else if (argument.startsWith(u"--lang=")) {
                option = {argument.mid(7), true};
                arguments.remove(i);
            } else {
                ++i;
            }
        }
        return option;
    }
};

int runCommand(const QStringList &arguments, const LanguageOption &option)
{
    const QString language = billing::Translations::normalise(option.value);
    if (option.given && language.isEmpty()) {
        billing::Translations::install(billing::Translations::systemLanguage());
        const QString message =
            LanguageOption::tr("Unknown language \"%1\". Use one of: %2.")
                .arg(option.value, billing::Translations::supportedLanguages().join(u", "));
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    }
    billing::Translations::install(language.isEmpty() ? billing::Translations::systemLanguage()
                                                      : language);
    return billing::CliRunner().run(arguments);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("billing-desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("billing-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BILLING_VERSION));
    // Matches resources/org.billingdesk.BillingDesk.desktop: the shell finds the icon and name.
    QGuiApplication::setDesktopFileName(billing::applicationId());

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QStringList commandArguments = arguments;
    const LanguageOption language = LanguageOption::take(commandArguments);
    if (billing::CliRunner::isCommandInvocation(commandArguments)) {
        // A command's stderr is for the user: diagnostics only when asked for with
        // QT_LOGGING_RULES (e.g. "billing.*=true").
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            QLoggingCategory::setFilterRules(
                QStringLiteral("billing.*.debug=false\nbilling.*.info=false"));
        QCoreApplication app(argc, argv);
        return runCommand(commandArguments, language);
    }
    return billing::DesktopApplication::exec(argc, argv, arguments);
}
