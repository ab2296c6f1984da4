#pragma once

#include "TestServer.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace billing::test {

class HaproxyBalancer;
class ServerGroup;

// The servers a benchmark or the load run talks to: one process on SQLite (the default), or
// N processes on one PostgreSQL database (BILLING_TEST_POSTGRES_URL's cluster) behind HAProxy,
// so that one client's requests are spread over the processes as a load balancer would.
class ServerFarm
{
public:
    enum class Engine { Sqlite, Postgres };
    struct Layout {
        Engine engine = Engine::Sqlite;
        int processes = 1;
    };
    // "sqlite" or "postgresql", and 1…16 processes (more than one only on PostgreSQL).
    static std::optional<Layout> parse(const QString &engine, int processes, QString *error);

    ServerFarm(Layout layout, TestServer::Options options);
    ~ServerFarm();
    ServerFarm(const ServerFarm &) = delete;
    ServerFarm &operator=(const ServerFarm &) = delete;

    // seedArgs go to the first process alone (the demo data is seeded once); false with
    // errorString() on failure.
    bool start(const QStringList &seedArgs = {});
    bool stop(); // each process must exit cleanly

    const Layout &layout() const { return m_layout; }
    QUrl baseUrl() const;            // HAProxy's on PostgreSQL, else the one process's
    QList<QUrl> processUrls() const; // each process's own
    QByteArray spiKey() const { return m_options.spiKey; }
    QString logs() const; // every process's log
    // "SQLite, 1 process" or "PostgreSQL, 3 processes behind HAProxy".
    QString describe() const;
    // POST /sandbox/clock to every process with one (now, asOf), so they agree on every
    // second; false with *error set.
    bool setClock(const QDateTime &now, QString *error) const;
    QString errorString() const { return m_error; }

private:
    Layout m_layout;
    TestServer::Options m_options;
    std::unique_ptr<TestServer> m_single;        // SQLite
    std::unique_ptr<ServerGroup> m_group;        // PostgreSQL
    std::unique_ptr<HaproxyBalancer> m_balancer; // in front of m_group
    QString m_error;
};

} // namespace billing::test
