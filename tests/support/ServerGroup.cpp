#include "ServerGroup.h"

#include "PostgresTestDatabase.h"

namespace billing::test {

ServerGroup::ServerGroup(int count, TestServer::Options options)
    : m_options(std::move(options))
{
    for (int i = 0; i < count; ++i)
        m_servers.push_back(std::make_unique<TestServer>());
}

ServerGroup::~ServerGroup()
{
    for (auto &server : m_servers) {
        if (server->isRunning())
            server->kill();
    }
}

QString ServerGroup::databaseUrl() const
{
    return m_database ? m_database->url() : QString();
}

QString ServerGroup::applicationName(int index)
{
    return QStringLiteral("billing-center-%1").arg(index);
}

bool ServerGroup::start(const QStringList &firstProcessArgs)
{
    m_error.clear();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    if (!m_database) {
        auto database = std::make_unique<PostgresTestDatabase>();
        if (!database->create(&m_error))
            return false;
        m_database = std::move(database);
    }
    for (size_t i = 0; i < m_servers.size(); ++i) {
        TestServer::Options options = m_options;
        options.sharedDatabaseUrl =
            m_database->url() + QStringLiteral("?application_name=") + applicationName(int(i));
        if (i == 0)
            options.extraArgs << firstProcessArgs;
        options.secretFile = secretPath();
        m_servers[i]->setOptions(options);
        if (!m_servers[i]->start()) {
            m_error = QStringLiteral("process %1: %2").arg(i).arg(m_servers[i]->errorString());
            return false;
        }
    }
    return true;
}

bool ServerGroup::stopAll()
{
    m_error.clear();
    for (size_t i = 0; i < m_servers.size(); ++i) {
        if (m_servers[i]->isRunning() && !m_servers[i]->stop())
            m_error += QStringLiteral("process %1: %2\n").arg(i).arg(m_servers[i]->errorString());
    }
    return m_error.isEmpty();
}

QString ServerGroup::logs() const
{
    QString all;
    for (size_t i = 0; i < m_servers.size(); ++i)
        all += QStringLiteral("--- process %1 ---\n%2").arg(i).arg(m_servers[i]->log());
    return all;
}

} // namespace billing::test
