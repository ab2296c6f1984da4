#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace billing {

// A command's --lang: the desktop's is parsed by DesktopOptions; a command-line invocation
// takes it out first (anywhere on the line, "--lang X" or "--lang=X") so that every command
// accepts it.
class CommandLineLanguage
{
    Q_DECLARE_TR_FUNCTIONS(billing::CommandLineLanguage)

public:
    // Removes every --lang from `arguments` (argv[0] is kept); the last one given wins.
    static CommandLineLanguage take(QStringList &arguments);

    QString value() const { return m_value; }
    bool isGiven() const { return m_given; }

    // Installs the language given, else the system's. An unknown one installs the system's
    // and returns the translated reason to print; empty on success.
    QString install() const;

private:
    QString m_value;
    bool m_given = false;
};

} // namespace billing
