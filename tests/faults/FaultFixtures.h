#pragma once

// Shared by the crash and fault tests: changes the demo account accepts, the state they
// leave behind, the settlement history the server keeps of them, and SQLite's own verdict on
// a database file.
#include "ServerFixture.h"
#include "StagedChanges.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace billing::test {

// For each workspace a change the server accepts: billing_center to azure (granted to the
// demo account), any cloud back to billing_center; expectedVersion = its version.
inline QList<StagedChange> flipAll(const QList<Workspace> &workspaces)
{
    QList<StagedChange> changes;
    changes.reserve(workspaces.size());
    for (const Workspace &ws : workspaces) {
        const bool billingCenter = ws.settlement.method == SettlementMethod::BillingCenter;
        changes << stagedChangeFor(ws,
                                   targetMethod(billingCenter ? SettlementMethod::Azure
                                                              : SettlementMethod::BillingCenter));
    }
    return changes;
}

// How many of `changes` the server shows as applied exactly once (version + 1 and the
// target method); *other counts those neither untouched nor applied once.
inline int countAppliedOnce(const QList<StagedChange> &changes,
                            const QHash<QString, Workspace> &now, int *other)
{
    int applied = 0;
    *other = 0;
    for (const StagedChange &change : changes) {
        const Workspace ws = now.value(change.workspaceId());
        if (ws.version == change.originalVersion + 1
            && ws.settlement.method == change.target.method)
            ++applied;
        else if (ws.version != change.originalVersion
                 || ws.settlement.method != change.original.method)
            ++*other;
    }
    return applied;
}

// How many settlement_changed events the demo user has in the audit log, by workspace.
inline QHash<QString, int> changeEvents(const QUrl &server, QString *error)
{
    HttpClient http(server);
    const Session session = login(http, kDemoUser, kDemoPassword);
    if (!session.ok()) {
        *error = session.error;
        return {};
    }
    http.setToken(session.token);
    const QJsonArray items =
        listAll(http, QStringLiteral("/api/v1/audit"),
                {{QStringLiteral("event"), QStringLiteral("settlement_changed")},
                 {QStringLiteral("actor"), QStringLiteral("user:demo")},
                 {QStringLiteral("limit"), QStringLiteral("5000")}},
                error);
    QHash<QString, int> counts;
    for (const QJsonValue &item : items)
        ++counts[item.toObject().value(QLatin1String("workspaceId")).toString()];
    return counts;
}

// Empty when every workspace has one event if its settlement differs from `initial`, else none.
inline QString historyMismatch(const QList<Workspace> &initial,
                               const QHash<QString, Workspace> &now,
                               const QHash<QString, int> &events)
{
    for (const Workspace &before : initial) {
        const bool changed = !now.value(before.id).settlement.sameBindingAs(before.settlement);
        const int count = events.value(before.id);
        if (count != (changed ? 1 : 0))
            return QStringLiteral("%1: %2 events for a workspace %3")
                .arg(before.id)
                .arg(count)
                .arg(changed ? QStringLiteral("changed once") : QStringLiteral("not changed"));
    }
    return {};
}
// PRAGMA integrity_check on a database file, opened read-only: "ok" or what SQLite found.
inline QString integrityCheck(const QString &path)
{
    const QString name = QStringLiteral("faults-integrity");
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            verdict = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
                verdict = query.lastError().text();
            while (query.next())
                verdict += query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

} // namespace billing::test
