#pragma once

// The base of tst_server_multiprocess: three billing-center processes on one PostgreSQL
// database (ServerGroup), an anonymous client and alice's client on each, the sandbox clock
// moved on every live process at once, and reads of the shared database.
#include "BillsTest.h"
#include "MarketplaceHelpers.h"
#include "ServerGroup.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <array>
#include <utility>

namespace billing::test {

inline const QString kBatchPath = QStringLiteral("/api/v1/settlement-changes");
inline const QString kSpiPath = QStringLiteral("/spi/aliyun");
constexpr int kProcesses = 3;

using Requests = QList<std::pair<HttpClient *, HttpRequest>>;

inline HttpRequest jsonRequest(const QByteArray &method, const QString &path,
                               const QJsonObject &body, std::optional<QString> token = std::nullopt)
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.body = compactJson(body);
    request.token = std::move(token);
    return request;
}

inline HttpRequest batchRequest(const QJsonArray &changes, const QByteArray &key = {})
{
    HttpRequest request = jsonRequest("POST", kBatchPath, {{QStringLiteral("changes"), changes}});
    if (!key.isEmpty())
        request.headers = {{"Idempotency-Key", key}};
    return request;
}

inline QJsonObject changeTo(const QString &workspaceId, QJsonObject settlement)
{
    settlement.insert(QStringLiteral("workspaceId"), workspaceId);
    return settlement;
}

inline bool isReplayed(const HttpReply &reply)
{
    return reply.header("Idempotent-Replayed").trimmed().toLower() == "true";
}

class MultiProcessTest : public QObject
{
protected:
    // Starts the processes, sets every clock to `now`, registers alice; an error, or empty.
    QString startGroup(const QDateTime &now)
    {
        if (qEnvironmentVariableIsEmpty("BILLING_TEST_POSTGRES_URL"))
            return QStringLiteral("BILLING_TEST_POSTGRES_URL is not set: run this test through "
                                  "scripts/test, which starts a throwaway PostgreSQL");
        if (!m_group.start())
            return m_group.errorString();
        for (int i = 0; i < kProcesses; ++i) {
            m_anon[size_t(i)].setBaseUrl(m_group.at(i).baseUrl());
            m_alice[size_t(i)].setBaseUrl(m_group.at(i).baseUrl());
        }
        const HttpReply clock = setClock(anon(0), now);
        if (clock.status != 200)
            return QStringLiteral("set clock: ") + clock.describe();
        m_session = registerAccount(anon(1), uniqueName(QStringLiteral("multi")));
        if (!m_session.ok())
            return m_session.error;
        // Enough for every day the test settles: no arrears countdown changes her workspaces.
        const HttpReply recharge =
            anon(2).post(QStringLiteral("/api/v1/sandbox/wallet/recharge"),
                         {{QStringLiteral("amount"), QStringLiteral("10000.00")},
                          {QStringLiteral("username"), m_session.username}});
        if (recharge.status != 200)
            return QStringLiteral("recharge: ") + recharge.describe();
        return moveClockTo(now);
    }

    // Moves the clock of every live process, all from one system second so they agree on
    // every second; alice logs in again (12 h sessions), on one process: a session is a row,
    // valid on all.
    QString moveClockTo(const QDateTime &time)
    {
        QList<QUrl> running;
        for (int i = 0; i < kProcesses; ++i) {
            if (m_group.at(i).isRunning())
                running << m_group.at(i).baseUrl();
        }
        if (const QString error = setClockOfEach(running, time); !error.isEmpty())
            return error;
        const Session fresh = login(anon(live(2)), m_session.username, m_session.password);
        if (!fresh.ok())
            return fresh.error;
        for (HttpClient &client : m_alice)
            client.setToken(fresh.token);
        return {};
    }

    // Process `preferred`, or the next one still running.
    int live(int preferred)
    {
        for (int i = 0; i < kProcesses; ++i) {
            const int candidate = (preferred + i) % kProcesses;
            if (m_group.at(candidate).isRunning())
                return candidate;
        }
        return preferred;
    }

    HttpClient &anon(int process) { return m_anon[size_t(live(process))]; }
    HttpClient &alice(int process) { return m_alice[size_t(live(process))]; }

    QString newWorkspace(int process, const QJsonObject &settlement, QString *error)
    {
        return createWorkspace(alice(process),
                               workspaceBody(uniqueName(QStringLiteral("mp")),
                                             QStringLiteral("cn1"), settlement),
                               error)
            .value(u"id")
            .toString();
    }

    QString newInstance(int process, const QString &uid, QString *error)
    {
        return createSandboxInstance(anon(process), uid, error).value(u"instanceId").toString();
    }

    // The workspace's events (newest first) as process `process` lists them.
    QJsonArray history(int process, const QString &workspaceId)
    {
        QString error;
        const QJsonArray events =
            listAll(alice(process),
                    kWorkspacesPath + u'/' + workspaceId + QStringLiteral("/history"), {}, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return events;
    }

    // How many of the workspace's events are `event` (and of `reason`, when given).
    int eventCount(int process, const QString &workspaceId, const QString &event,
                   const QString &reason = {})
    {
        int count = 0;
        for (const QJsonValue &value : history(process, workspaceId)) {
            const QJsonObject item = value.toObject();
            count += item.value(u"event").toString() == event
                     && (reason.isEmpty() || item.value(u"reason").toString() == reason);
        }
        return count;
    }

    QJsonObject workspace(int process, const QString &id)
    {
        QString error;
        const QJsonObject ws = getWorkspace(alice(process), id, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return ws;
    }

    // A signed GET /spi/aliyun as the marketplace sends it (no bearer token).
    HttpRequest spiRequest(const QueryItems &params)
    {
        return {"GET", kSpiPath, signedSpi(params, m_group.at(0).spiKey()), {}, {}, QString()};
    }

    // The first column of each row of `sql` on the shared database, or {} with *error set.
    QVariantList column(const QString &sql, QString *error)
    {
        const QString name = QStringLiteral("multiprocess-read");
        QVariantList values;
        {
            QSqlDatabase db = m_group.at(0).openDatabaseConnection(name);
            QSqlQuery query(db);
            if (!db.isOpen() || !query.exec(sql))
                *error = QStringLiteral("%1: cannot read the database").arg(sql);
            while (query.next())
                values << query.value(0);
        }
        QSqlDatabase::removeDatabase(name);
        return values;
    }

    // The index of the process whose connection holds the job's leadership lock (the job's
    // number in JobLeadership::Job), or -1.
    int leaderOf(int job, QString *error)
    {
        const QVariantList names = column(
            QStringLiteral("SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a "
                           "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND "
                           "l.classid = %1 AND l.objid = %2")
                .arg(0x62696c6c)
                .arg(job),
            error);
        for (int i = 0; i < kProcesses; ++i) {
            if (!names.isEmpty() && names.first().toString() == ServerGroup::applicationName(i))
                return i;
        }
        return -1;
    }

    // How many mails across every process's mail directory contain `text`.
    int mailedFiles(const QString &text)
    {
        int count = 0;
        for (int i = 0; i < kProcesses; ++i) {
            const QString dir = m_group.at(i).mailDir();
            for (const QString &name : files(dir)) {
                QFile file(QDir(dir).filePath(name));
                count += file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8());
            }
        }
        return count;
    }

    ServerGroup m_group{kProcesses};
    std::array<HttpClient, kProcesses> m_anon;
    std::array<HttpClient, kProcesses> m_alice;
    Session m_session;
};

} // namespace billing::test
