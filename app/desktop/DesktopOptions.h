#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace billing {

// The desktop's command line (no subcommand):
//   billing-desk [--lang zh_CN|en] [--server URL] [--username NAME] [--register] [LINK]
// LINK: a billingdesk://claim?… link (what the desktop file's %u passes).
// Parsed before any QApplication exists, so --help and --version need no display.
struct DesktopOptions {
    Q_DECLARE_TR_FUNCTIONS(billing::DesktopOptions)

public:
    enum class Action { Run, ShowHelp, ShowVersion, Fail };

    Action action = Action::Run;
    QString message;  // help text, version line or the translated error
    QString language; // "zh_CN" or "en"; empty: the system's
    QUrl server;      // a Billing Center; empty: start the Local sandbox
    QString username; // for the sign-in form
    bool openRegistration = false;
    QString link; // a billingdesk: link, unparsed (ClaimLink says what is wrong with it)

    static DesktopOptions parse(const QStringList &arguments);
};

} // namespace billing
