#pragma once

// The real billing-center with the demo account, a signed-in BillingClient and
// WorkspaceSessions on one data folder: what the main window's tests and screens start from.
#include "ApiHelpers.h"
#include "BillingClient.h"
#include "MarketplaceHelpers.h"
#include "StagedChanges.h"
#include "TestServer.h"
#include "WorkspaceSession.h"
#include "WorkspaceTableModel.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace billing::test {

class MainWindowFixture
{
public:
    static constexpr int kSlowMs = 60000;
    static inline const QString kUser = QStringLiteral("demo");
    static inline const QString kPassword = QStringLiteral("demo-pass-2026");
    static inline const QString kDemoAwsSubscription = test::kDemoAwsSubscription;
    static inline const QString kDemoAzureSubscription = test::kDemoAzureSubscription;

    // A change to `method`, bound to the demo account's subscription for AWS and Azure.
    static SettlementChange target(SettlementMethod method)
    {
        SettlementChange change;
        change.method = method;
        change.subscriptionId = subscriptionOf(method);
        return change;
    }

    explicit MainWindowFixture(int demoWorkspaces)
        : m_server(std::make_unique<TestServer>(options(demoWorkspaces)))
    {}

    // Starts the server and signs in; false with *error set when it cannot.
    bool start(QString *error)
    {
        if (!m_server->start()) {
            *error = m_server->errorString();
            return false;
        }
        m_http = std::make_unique<HttpClient>(m_server->baseUrl());
        m_client = std::make_unique<BillingClient>(&m_network, m_server->baseUrl());
        m_client->retryPolicy.maxAttempts = 2;
        m_client->retryPolicy.baseDelayMs = 20;
        m_client->retryPolicy.maxDelayMs = 40;
        if (!m_dataDir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        return signIn(error);
    }

    // Logs the demo user in again; the client and the helper use the new token.
    bool signIn(QString *error)
    {
        m_http->setToken({});
        const Session session = login(*m_http, kUser, kPassword);
        if (!session.ok()) {
            *error = session.error;
            return false;
        }
        m_http->setToken(session.token);
        m_client->setSession(SessionInfo{session.token, {}, {}});
        return true;
    }

    TestServer &server() { return *m_server; }
    HttpClient &http() { return *m_http; } // signed in as the demo user
    BillingClient &client() { return *m_client; }
    QString dataDirectory() const { return m_dataDir.path(); }

    ServerProfile profile() const
    {
        ServerProfile profile;
        profile.id = QStringLiteral("demo-profile");
        profile.name = QStringLiteral("Demo");
        profile.url = m_server->baseUrl();
        profile.username = kUser;
        profile.sandbox = true;
        return profile;
    }

    // A session as a new start of the application would create it (same data folder unless
    // another is given).
    std::unique_ptr<WorkspaceSession> newSession(const QString &dataDirectory = {})
    {
        return std::make_unique<WorkspaceSession>(
            *m_client, profile(), dataDirectory.isEmpty() ? m_dataDir.path() : dataDirectory);
    }

    static bool sync(WorkspaceSession &session, QString *error)
    {
        QSignalSpy finished(&session, &WorkspaceSession::syncFinished);
        session.sync();
        if (!finished.wait(kSlowMs)) {
            *error = QStringLiteral("sync timed out");
            return false;
        }
        const auto result = finished.first().first().value<ClientError>();
        if (result.isError()) {
            *error = result.detail;
            return false;
        }
        return true;
    }

    // The server's clock moved to the first day of the next month (monthly rule passes).
    bool advanceToNextMonth(QString *error)
    {
        const QDateTime now = serverNow(*m_http, error);
        if (!now.isValid())
            return false;
        const QDate first = now.date().addMonths(1);
        const QDateTime next(QDate(first.year(), first.month(), 1), QTime(1, 0), Qt::UTC);
        const HttpReply reply = setClock(*m_http, next);
        if (reply.status != 200) {
            *error = reply.describe();
            return false;
        }
        return signIn(error); // the session expired with the days skipped
    }

    // Changes a workspace's settlement behind the client's back (another administrator).
    bool changeBehindTheBack(const QString &workspaceId, const QString &method, QString *error)
    {
        QJsonObject body = settlementBody(method);
        const auto parsed = settlementMethodFromWire(method);
        if (parsed && !subscriptionOf(*parsed).isEmpty())
            body.insert(QStringLiteral("subscriptionId"), subscriptionOf(*parsed));
        const HttpReply reply =
            m_http->put(QStringLiteral("/api/v1/workspaces/%1/settlement").arg(workspaceId), body);
        if (reply.status != 200) {
            *error = reply.describe();
            return false;
        }
        return true;
    }

private:
    static QString subscriptionOf(SettlementMethod method)
    {
        if (method == SettlementMethod::Aws)
            return kDemoAwsSubscription;
        return method == SettlementMethod::Azure ? kDemoAzureSubscription : QString();
    }

    static TestServer::Options options(int demoWorkspaces)
    {
        TestServer::Options options;
        options.extraArgs = {QStringLiteral("--demo-workspaces"), QString::number(demoWorkspaces)};
        return options;
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    QNetworkAccessManager m_network;
    std::unique_ptr<BillingClient> m_client;
    QTemporaryDir m_dataDir;
};

} // namespace billing::test
