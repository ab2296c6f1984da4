#pragma once

#include "TestServer.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace billing::test {

class PostgresTestDatabase;

// N billing-center processes on ONE database of the suite's PostgreSQL, as behind a load
// balancer: one PostgresTestDatabase and one secret file for all, each process its own port,
// mail directory and log (TestServer). PostgreSQL only (BILLING_TEST_POSTGRES_URL).
class ServerGroup
{
public:
    explicit ServerGroup(int count, TestServer::Options options = {});
    ~ServerGroup(); // kills the processes still running, then drops the database
    ServerGroup(const ServerGroup &) = delete;
    ServerGroup &operator=(const ServerGroup &) = delete;

    // Creates the database, then starts the processes one after the other (the first makes
    // the secret file and migrates; firstProcessArgs are its alone); false with errorString().
    bool start(const QStringList &firstProcessArgs = {});
    bool stopAll(); // SIGTERM each running process, each must exit cleanly

    int size() const { return int(m_servers.size()); }
    TestServer &at(int index) { return *m_servers.at(size_t(index)); }
    QString databaseUrl() const;
    // Each process connects as "billing-center-<index>" (pg_stat_activity.application_name):
    // a test tells by it which process holds a lock.
    static QString applicationName(int index);
    QString secretPath() const { return m_dir.filePath(QStringLiteral("secret")); }
    // Every process's log, headed by its index, for failure messages.
    QString logs() const;
    QString errorString() const { return m_error; }

private:
    TestServer::Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresTestDatabase> m_database;
    std::vector<std::unique_ptr<TestServer>> m_servers; // after m_database: killed first
    QString m_error;
};

} // namespace billing::test
