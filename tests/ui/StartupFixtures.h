#pragma once

// What the widget-free log-in and start-up tests share: waiting for the keychain, a server
// address nothing listens on, and a workspace list saved as an earlier session would.
#include "CredentialStore.h"
#include "KeychainSession.h"
#include "Workspace.h"
#include "WorkspaceCache.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTest>

#include <functional>

namespace billing::test {

inline constexpr int kKeychainWaitMs = 60000;

// The store's answer, waited for; Failed with "no answer" when none came.
inline CredentialResult waitFor(const std::function<void(CredentialCallback)> &call)
{
    CredentialResult result = CredentialResult::failed(QStringLiteral("no answer"));
    bool done = false;
    call([&](const CredentialResult &answer) {
        result = answer;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kKeychainWaitMs))
        qWarning("the keychain did not answer");
    return result;
}

inline CredentialResult readNow(CredentialStore &store, const CredentialKey &key)
{
    return waitFor([&](CredentialCallback done) { store.read(key, nullptr, done); });
}

inline CredentialResult writeNow(CredentialStore &store, const CredentialKey &key,
                                 const QString &password)
{
    return waitFor([&](CredentialCallback done) { store.write(key, password, nullptr, done); });
}

// Removes the password and the session token kept for `key`.
inline bool forgetNow(CredentialStore &store, const CredentialKey &key)
{
    const auto token = waitFor([&](CredentialCallback done) {
        store.remove(KeychainSession::sessionTokenKey(key), nullptr, done);
    });
    const auto password =
        waitFor([&](CredentialCallback done) { store.remove(key, nullptr, done); });
    return token.ok() && password.ok();
}

// A loopback address that refuses connections: the port was free a moment ago.
inline QUrl unreachableUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return {};
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

inline Workspace cachedWorkspace(const QString &id, const QString &name)
{
    Workspace workspace;
    workspace.id = id;
    workspace.name = name;
    workspace.site = QStringLiteral("cn1");
    workspace.language = QStringLiteral("zh");
    workspace.version = 1;
    workspace.createdAt = workspace.updatedAt = QDateTime::currentDateTimeUtc();
    return workspace;
}

// Two workspaces synced two hours ago, in `directory`, for `server` and `username`.
inline QString saveOfflineCopy(const QString &directory, const QUrl &server,
                               const QString &username)
{
    WorkspaceCache cache(directory, server, username);
    QString error;
    cache.save({cachedWorkspace(QStringLiteral("ws_00000000000000b1"), QStringLiteral("Payments")),
                cachedWorkspace(QStringLiteral("ws_00000000000000b2"), QStringLiteral("账单"))},
               QDateTime::currentDateTimeUtc().addSecs(-2 * 3600), &error);
    return error;
}

} // namespace billing::test
