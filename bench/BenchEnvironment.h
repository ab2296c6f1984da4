#pragma once

#include "BillingClient.h"
#include "HttpClient.h"
#include "ServerFarm.h"
#include "Workspace.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QList>
#include <QNetworkAccessManager>

#include <memory>

namespace billing::bench {

// What every benchmark shares: the real billing-center on loopback with the demo account
// holding `rows` workspaces, a logged-in client, the list as the server sends it (raw pages)
// and parsed once.
class FlippingSets;

class BenchEnvironment
{
public:
    // The demo account's history: each workspace's creation, then settlement changes.
    static constexpr int kEventsPerWorkspace = 20;

    BenchEnvironment(int rows, test::ServerFarm::Layout layout);
    ~BenchEnvironment();

    // False with error() set when the server or the first log-in failed.
    bool setUp();
    QString error() const { return m_error; }

    int rows() const { return m_rows; }
    // HAProxy's address when several processes serve, else the one server's.
    QUrl baseUrl() const { return m_farm->baseUrl(); }
    QString serverLogs() const { return m_farm->logs(); } // every process's
    QString describeServers() const { return m_farm->describe(); }
    BillingClient &client() { return *m_client; }
    test::HttpClient &http() { return *m_http; }
    QString token() const { return m_token; }

    // The list pages exactly as GET /api/v1/workspaces?limit=5000 returned them.
    const QByteArrayList &rawPages() const { return m_rawPages; }
    const QList<Workspace> &workspaces() const { return m_workspaces; }

    // Moves the server clock forward (every settlement may change again: the monthly rule
    // counts calendar months) and logs in again, since sessions last 12 h of server time.
    // Earlier benchmarks move the clock by months: the demo's unpaid instance locks its
    // workspaces and the demo wallet runs into arrears; locked workspaces take no usage. A
    // sandbox recharge and renewal bring every workspace back, as an administrator would.
    bool restoreWorkspaces();
    bool advanceServerClock(int days);
    // Sets the server clock (forward only) and logs in again.
    bool setServerClock(const QDateTime &now);
    QDateTime serverNow() const { return m_serverNow; }
    // Waits (up to two minutes) until the server has settled every billing day through
    // `day`. A clock step makes its settlement thread settle the days passed; measured
    // while that runs, a figure would time two things at once.
    bool waitUntilSettled(const QDate &day);
    // The billing day (Beijing time) before the server's current one.
    QDate lastClosedBillingDay() const;
    // Every workspace as the server lists it now (WorkspaceListJob).
    bool listWorkspaces(QList<Workspace> *workspaces);
    // A round of changes: the clock `days` on, the days passed settled, every workspace
    // back in service (a recharge ends arrears, which gives each Billing Center workspace a
    // new version), and `sets` brought to the versions the server now has.
    bool nextRound(FlippingSets &sets, int days);
    // `sets` brought to the versions the server has now.
    bool refreshVersions(FlippingSets &sets);
    // The server's time when the demo account was there (before any clock step).
    QDateTime seededAt() const { return m_seededAt; }

    // Logs in as the demo user again and hands the token to the client.
    bool logIn();

private:
    bool fetchRawPages();

    int m_rows;
    test::ServerFarm::Layout m_layout;
    std::unique_ptr<test::ServerFarm> m_farm;
    std::unique_ptr<test::HttpClient> m_http;
    QNetworkAccessManager m_network;
    std::unique_ptr<BillingClient> m_client;
    QString m_token;
    QByteArrayList m_rawPages;
    QList<Workspace> m_workspaces;
    QDateTime m_serverNow;
    QDateTime m_seededAt;
    QString m_error;
};

} // namespace billing::bench
