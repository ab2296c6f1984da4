#pragma once

#include "CliCommand.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace billing {

class BillingClient;
struct ClientError;

// Where a command's data comes from (docs/export.md, "The offline copy"): the server,
// logged in from the keychain alone; or the profile's offline copy with --offline or when
// the server cannot be reached (no answer at all: refused, host not found, timeout). A
// server that answers with an error, a TLS problem or a rejected login is an error and the
// copy is not used. Subclasses read and keep their data; this class decides where from.
class CliProfileSource : public QObject
{
    Q_OBJECT

public:
    CliProfileSource(CliEnvironment &environment, const QUrl &server, const QString &username,
                     QObject *parent = nullptr);

    // Ends with the subclass's loaded signal or failed(), once.
    void load(bool offline);
    // Ends `command` on failed(): the message on standard error, the exit code.
    void endOnFailure(CliCommand &command);

Q_SIGNALS:
    // `exitCode` is a CliExitCode; `message` translated. `noCache` when the failure is that
    // no offline copy exists.
    void failed(int exitCode, const QString &message, bool noCache);

protected:
    // Reads from the server with the logged-in client; reports errors through failOnline().
    virtual void fetch(BillingClient &client) = 0;
    // Reads the offline copy; `reason` (translated) says why it is used.
    virtual void loadCache(const QString &reason) = 0;

    // The offline rule: no answer falls back to the copy, any other error fails.
    void failOnline(const ClientError &error, int exitCode, const QString &message);
    // Commands start before the runner's event loop: never finish from within load().
    void finishLater(const std::function<void()> &emitter);
    void failLater(int exitCode, const QString &message, bool noCache);
    void warnCacheNotUpdated(const QString &error);

    CliEnvironment &m_env;
    QUrl m_server;
    QString m_username;
};

} // namespace billing
