#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace billing::test {

// What a command-line run left behind.
struct CliRun {
    int exitCode = -1; // -1: it did not start, crashed or did not finish in time
    QString out;
    QString err;
};

// Runs `program` with `arguments` in `environment`, writes `input` to its standard input and
// closes it, and waits up to `timeoutMs` for the end.
CliRun runCli(const QString &program, const QStringList &arguments, const QByteArray &input = {},
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
              int timeoutMs = 120000);

} // namespace billing::test
