#pragma once

#include "ApiHelpers.h"
#include "ReplyChecks.h"
#include "SettlementEvent.h"
#include "TwoAccountTest.h"

#include <QJsonArray>

namespace billing::test {

inline const QString kWorkspaces = QStringLiteral("/api/v1/workspaces");
inline const QString kBatch = QStringLiteral("/api/v1/settlement-changes");
inline const QString kAudit = QStringLiteral("/api/v1/audit");

inline QString idOf(const QJsonObject &object)
{
    return object.value(QLatin1String("id")).toString();
}

// The events of a list's items; empty with *error set when one is not an event.
inline QList<SettlementEvent> eventsOf(const QJsonArray &items, QString *error)
{
    QList<SettlementEvent> events;
    for (const QJsonValue &item : items) {
        QString field;
        const auto event = SettlementEvent::fromJson(item.toObject(), &field);
        if (!event) {
            *error = QStringLiteral("not an event (%1): %2")
                         .arg(field, QString::fromUtf8(compactJson(item.toObject())));
            return {};
        }
        events << *event;
    }
    return events;
}

// The base of the history tests: two accounts, an Alibaba Cloud account ID of alice's, and
// reading histories and the audit log whole.
class HistoryTest : public TwoAccountTest
{
protected:
    QList<SettlementEvent> history(HttpClient &client, const QString &workspaceId);
    QList<SettlementEvent> audit(HttpClient &client, const QueryItems &query);
    // A Billing Center workspace on cn1.
    QString newWorkspace(HttpClient &client, const QString &name = {});
    // A sandbox instance of m_uid.
    QString newInstance();
    QJsonObject aliyun(const QString &instanceId) const;

    QString m_uid = uniqueUid();
};

inline QList<SettlementEvent> HistoryTest::history(HttpClient &client, const QString &workspaceId)
{
    QString error;
    const QJsonArray items =
        listAll(client, kWorkspaces + u'/' + workspaceId + QStringLiteral("/history"), {}, &error);
    const QList<SettlementEvent> events =
        error.isEmpty() ? eventsOf(items, &error) : QList<SettlementEvent>{};
    if (!error.isEmpty())
        qWarning("history: %s", qPrintable(error));
    return events;
}

inline QList<SettlementEvent> HistoryTest::audit(HttpClient &client, const QueryItems &query)
{
    QString error;
    const QJsonArray items = listAll(client, kAudit, query, &error);
    const QList<SettlementEvent> events =
        error.isEmpty() ? eventsOf(items, &error) : QList<SettlementEvent>{};
    if (!error.isEmpty())
        qWarning("audit: %s", qPrintable(error));
    return events;
}

inline QString HistoryTest::newWorkspace(HttpClient &client, const QString &name)
{
    QString error;
    const QJsonObject ws = createWorkspace(
        client,
        workspaceBody(name.isEmpty() ? uniqueName(QStringLiteral("hist-ws-")) : name,
                      QStringLiteral("cn1")),
        &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return idOf(ws);
}

inline QString HistoryTest::newInstance()
{
    QString error;
    const QJsonObject instance = createSandboxInstance(m_anon, m_uid, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return instance.value(QLatin1String("instanceId")).toString();
}

inline QJsonObject HistoryTest::aliyun(const QString &instanceId) const
{
    return settlementBody(QStringLiteral("aliyun"), m_uid, instanceId);
}

} // namespace billing::test
