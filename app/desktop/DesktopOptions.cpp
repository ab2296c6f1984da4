#include "DesktopOptions.h"

#include "ClaimLink.h"
#include "Translations.h"
#include "UrlPolicy.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace billing {

DesktopOptions DesktopOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Billing Desk: workspace settlement for billing administrators."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("User interface language: zh_CN or en (default: the "
                                     "system's)."),
                                  QStringLiteral("language"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("The Billing Center to use (default: start the local "
                                       "sandbox)."),
                                    QStringLiteral("url"));
    const QCommandLineOption username(QStringLiteral("username"),
                                      tr("The username to sign in with."), QStringLiteral("name"));
    const QCommandLineOption registration(QStringLiteral("register"),
                                          tr("Open the registration wizard."));
    parser.addOptions({lang, server, username, registration});
    parser.addPositionalArgument(QStringLiteral("link"),
                                 tr("A billingdesk://claim link to open (a marketplace "
                                    "subscription to bind)."),
                                 QStringLiteral("[link]"));

    DesktopOptions options;
    if (!parser.parse(arguments)) {
        options.action = Action::Fail;
        options.message = parser.errorText();
        return options;
    }
    if (parser.isSet(help)) {
        options.action = Action::ShowHelp;
        // No QCoreApplication yet: the parser cannot know the program's name by itself.
        options.message = parser.helpText().replace(
            QStringLiteral("<executable_name>"),
            arguments.isEmpty() ? QStringLiteral("billing-desk")
                                : QFileInfo(arguments.constFirst()).fileName());
        return options;
    }
    if (parser.isSet(version)) {
        options.action = Action::ShowVersion;
        options.message = QCoreApplication::applicationName() + u' '
                          + QCoreApplication::applicationVersion() + u'\n';
        return options;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 1 && ClaimLink::looksLikeLink(positional.constFirst())) {
        options.link = positional.constFirst();
    } else if (!positional.isEmpty()) {
        options.action = Action::Fail;
        options.message = tr("Unknown command: %1").arg(positional.constFirst());
        return options;
    }
    if (parser.isSet(lang)) {
        options.language = Translations::normalise(parser.value(lang));
        if (options.language.isEmpty()) {
            options.action = Action::Fail;
            options.message =
                tr("Unsupported language %1; use zh_CN or en.").arg(parser.value(lang));
            return options;
        }
    }
    if (parser.isSet(server)) {
        options.server = QUrl::fromUserInput(parser.value(server));
        const QString problem = serverUrlProblem(options.server);
        if (!problem.isEmpty()) {
            options.action = Action::Fail;
            options.message = problem;
            return options;
        }
    }
    options.username = parser.value(username);
    options.openRegistration = parser.isSet(registration);
    return options;
}

} // namespace billing
