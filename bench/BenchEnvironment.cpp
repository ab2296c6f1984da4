#include "BenchEnvironment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include "ApiHelpers.h"
#include "FlippingSets.h"
#include "WaitFor.h"
#include "WorkspaceJsonReader.h"
#include "WorkspaceListJob.h"

#include <QElapsedTimer>
#include <QThread>
#include <QUrlQuery>

namespace billing::bench {
namespace {
const QString kDemoUser = QStringLiteral("demo");
const QString kDemoPassword = QStringLiteral("demo-pass-2026"); // the sandbox's public demo
constexpr int kPageSize = 5000;                                 // what WorkspaceListJob asks for
constexpr int kSettleWaitMs = 120000;
} // namespace

BenchEnvironment::BenchEnvironment(int rows, test::ServerFarm::Layout layout)
    : m_rows(rows)
    , m_layout(layout)
{}

BenchEnvironment::~BenchEnvironment() = default;

bool BenchEnvironment::setUp()
{
    test::TestServer::Options options;
    options.startTimeoutMs = 1800000; // seeding 100 000 workspaces and their history
    // The request log line per call is the server's own cost; keep it, as in production.
    m_farm = std::make_unique<test::ServerFarm>(m_layout, options);
    if (!m_farm->start({QStringLiteral("--demo-workspaces"), QString::number(m_rows),
                        QStringLiteral("--demo-history"), QString::number(kEventsPerWorkspace)})) {
        m_error = m_farm->errorString();
        return false;
    }
    m_http = std::make_unique<test::HttpClient>(m_farm->baseUrl());
    m_http->setTimeout(120000);
    m_client = std::make_unique<BillingClient>(&m_network, m_farm->baseUrl());
    if (!logIn())
        return false;
    m_serverNow = test::serverNow(*m_http, &m_error);
    m_seededAt = m_serverNow;
    if (!m_error.isEmpty())
        return false;
    if (!fetchRawPages())
        return false;
    WorkspaceJsonReader reader;
    for (const QByteArray &page : std::as_const(m_rawPages)) {
        WorkspacePage parsed;
        if (!reader.readPage(page, &parsed, &m_error))
            return false;
        m_workspaces += parsed.items;
    }
    if (m_workspaces.size() != m_rows) {
        m_error = QStringLiteral("the server listed %1 workspaces, not %2")
                      .arg(m_workspaces.size())
                      .arg(m_rows);
        return false;
    }
    return true;
}

bool BenchEnvironment::logIn()
{
    const test::Session session = test::login(*m_http, kDemoUser, kDemoPassword);
    if (!session.ok()) {
        m_error = QStringLiteral("log-in failed: %1").arg(session.error);
        return false;
    }
    m_token = session.token;
    m_http->setToken(m_token);
    m_client->setSession(SessionInfo{m_token, {}, {}});
    return true;
}

bool BenchEnvironment::fetchRawPages()
{
    QString cursor;
    do {
        test::QueryItems query{{QStringLiteral("limit"), QString::number(kPageSize)}};
        if (!cursor.isEmpty())
            query.append({QStringLiteral("cursor"), cursor});
        const test::HttpReply reply = m_http->get(QStringLiteral("/api/v1/workspaces"), query);
        if (reply.status != 200) {
            m_error = QStringLiteral("listing failed with HTTP %1").arg(reply.status);
            return false;
        }
        m_rawPages.append(reply.body);
        cursor = reply.json.object().value(QStringLiteral("nextCursor")).toString();
    } while (!cursor.isEmpty());
    return true;
}

bool BenchEnvironment::restoreWorkspaces()
{
    test::HttpReply reply =
        m_http->post(QStringLiteral("/api/v1/sandbox/wallet/recharge"),
                     {{QStringLiteral("amount"), QStringLiteral("100000000.00")}});
    if (reply.status != 200) {
        m_error = QStringLiteral("the sandbox recharge failed with HTTP %1").arg(reply.status);
        return false;
    }
    QSet<QString> unpaid;
    QString cursor;
    do {
        test::QueryItems query{{QStringLiteral("status"), QStringLiteral("locked")},
                               {QStringLiteral("limit"), QString::number(kPageSize)}};
        if (!cursor.isEmpty())
            query.append({QStringLiteral("cursor"), cursor});
        reply = m_http->get(QStringLiteral("/api/v1/workspaces"), query);
        if (reply.status != 200) {
            m_error = QStringLiteral("listing failed with HTTP %1").arg(reply.status);
            return false;
        }
        const QJsonObject page = reply.json.object();
        for (const QJsonValue &item : page.value(u"items").toArray()) {
            const QString instance = item[u"settlement"].toObject().value(u"instanceId").toString();
            if (!instance.isEmpty())
                unpaid.insert(instance);
        }
        cursor = page.value(QStringLiteral("nextCursor")).toString();
    } while (!cursor.isEmpty());
    for (const QString &instance : std::as_const(unpaid)) {
        reply = m_http->post(
            QStringLiteral("/api/v1/sandbox/aliyun/instances/%1/renew").arg(instance), {});
        if (reply.status != 200) {
            m_error =
                QStringLiteral("renewing %1 failed with HTTP %2").arg(instance).arg(reply.status);
            return false;
        }
    }
    return true;
}

bool BenchEnvironment::listWorkspaces(QList<Workspace> *workspaces)
{
    WorkspaceListJob job(*m_client);
    QObject::connect(&job, &WorkspaceListJob::workspacesReceived,
                     [workspaces](const QList<Workspace> &page) { *workspaces += page; });
    job.start();
    if (!waitFor(&job, &PagedListJob::finished) || !job.ok()) {
        m_error = QStringLiteral("listing the workspaces failed: %1").arg(job.error().detail);
        return false;
    }
    return true;
}

bool BenchEnvironment::nextRound(FlippingSets &sets, int days)
{
    return advanceServerClock(days) && waitUntilSettled(lastClosedBillingDay())
           && restoreWorkspaces() && refreshVersions(sets);
}

bool BenchEnvironment::refreshVersions(FlippingSets &sets)
{
    QList<Workspace> workspaces;
    if (!listWorkspaces(&workspaces))
        return false;
    sets.refresh(workspaces);
    return true;
}

QDate BenchEnvironment::lastClosedBillingDay() const
{
    return m_serverNow.toUTC().addSecs(8 * 3600).date().addDays(-1);
}

bool BenchEnvironment::waitUntilSettled(const QDate &day)
{
    const QString month = day.toString(QStringLiteral("yyyy-MM"));
    const QString wanted = day.toString(Qt::ISODate);
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < kSettleWaitMs) {
        const test::HttpReply reply =
            m_http->get(QStringLiteral("/api/v1/bills"), {{QStringLiteral("month"), month}});
        const QString through = reply.json.object().value(u"settledThrough").toString();
        if (reply.status == 200 && !through.isEmpty() && through >= wanted)
            return true;
        QThread::msleep(100);
    }
    m_error =
        QStringLiteral("day %1 was not settled within %2 s").arg(wanted).arg(kSettleWaitMs / 1000);
    return false;
}

bool BenchEnvironment::advanceServerClock(int days)
{
    return setServerClock(m_serverNow.addDays(days));
}

bool BenchEnvironment::setServerClock(const QDateTime &next)
{
    if (!m_farm->setClock(next, &m_error))
        return false;
    m_serverNow = next;
    return logIn();
}

} // namespace billing::bench
