#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

#include <functional>

class QNetworkAccessManager;

namespace billing {

class CredentialStore;

// Exit codes of `billing-desk COMMAND`, documented in docs/cli.md.
enum CliExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,     // the server or the network failed
    ExitUsage = 2,       // bad command line
    ExitRejected = 3,    // some changes or plan rows were rejected
    ExitKeychain = 4,    // the system keychain could not be used
    ExitNotLoggedIn = 5, // no stored credentials: run `billing-desk login`
};

// What every command gets: the streams, stdin, and the shared services.
struct CliEnvironment {
    QTextStream &out;
    QTextStream &err;
    std::function<QByteArray()> readStdin;
    QNetworkAccessManager &network;
    CredentialStore &credentials;
};

// One subcommand of the billing-desk command line. Asynchronous: ends with finished(code).
class CliCommand : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString name() const = 0;
    virtual QString description() const = 0;
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Returns an error text for bad or missing options; empty when they are fine.
    virtual QString checkOptions(const QCommandLineParser &parser) = 0;
    virtual void run(const QCommandLineParser &parser, CliEnvironment &environment) = 0;

Q_SIGNALS:
    void finished(int exitCode);
};

} // namespace billing
