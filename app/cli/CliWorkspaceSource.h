#pragma once

#include "CliCommand.h"
#include "Workspace.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUrl>

namespace billing {

class BillingClient;
struct ClientError;

// The workspaces of one profile for `export` and `validate-plan`: from the server (logging
// in from the keychain, then refreshing the offline cache), or from the cache with
// --offline or when the server cannot be reached (no answer at all: refused, host not
// found, timeout). Emits exactly one of loaded() or failed().
class CliWorkspaceSource : public QObject
{
    Q_OBJECT

public:
    struct Snapshot {
        QList<Workspace> workspaces;
        QList<SettlementMethod> granted; // from the account; empty when from the cache
        QDateTime syncedAt;
        bool fromCache = false;
        QString notice; // for stderr when fromCache: why, and how old the data is
    };

    CliWorkspaceSource(CliEnvironment &environment, const QUrl &server, const QString &username,
                       QObject *parent = nullptr);

    void load(bool offline);

Q_SIGNALS:
    void loaded(const billing::CliWorkspaceSource::Snapshot &snapshot);
    // `exitCode` is a CliExitCode; `message` translated. `noCache` when the failure is that
    // no offline copy exists (validate-plan can still check without one).
    void failed(int exitCode, const QString &message, bool noCache);

private:
    void fetch(BillingClient &client);
    void fetchWorkspaces(BillingClient &client, const QList<SettlementMethod> &granted);
    void failOnline(const ClientError &error, int exitCode, const QString &message);
    void loadCache(const QString &reason);
    void finishLater(const std::function<void()> &emitter);

    CliEnvironment &m_env;
    QUrl m_server;
    QString m_username;
};

} // namespace billing
