#include "ServerFarm.h"

#include "ApiHelpers.h"
#include "HaproxyBalancer.h"
#include "ServerGroup.h"

namespace billing::test {
namespace {
constexpr int kMaxProcesses = 16;
}

std::optional<ServerFarm::Layout> ServerFarm::parse(const QString &engine, int processes,
                                                    QString *error)
{
    Layout layout;
    if (engine == u"postgresql") {
        layout.engine = Engine::Postgres;
    } else if (engine != u"sqlite") {
        *error = QStringLiteral("unknown engine \"%1\": sqlite or postgresql").arg(engine);
        return std::nullopt;
    }
    if (processes < 1 || processes > kMaxProcesses) {
        *error = QStringLiteral("processes must be 1 to %1").arg(kMaxProcesses);
        return std::nullopt;
    }
    if (processes > 1 && layout.engine == Engine::Sqlite) {
        *error = QStringLiteral("several processes need --engine postgresql: one SQLite file is "
                                "served by one process");
        return std::nullopt;
    }
    layout.processes = processes;
    return layout;
}

ServerFarm::ServerFarm(Layout layout, TestServer::Options options)
    : m_layout(layout)
    , m_options(std::move(options))
{}

ServerFarm::~ServerFarm() = default;

bool ServerFarm::start(const QStringList &seedArgs)
{
    m_error.clear();
    if (m_layout.engine == Engine::Sqlite) {
        TestServer::Options options = m_options;
        options.extraArgs << seedArgs;
        m_single = std::make_unique<TestServer>(options);
        if (m_single->start())
            return true;
        m_error = m_single->errorString();
        return false;
    }
    m_group = std::make_unique<ServerGroup>(m_layout.processes, m_options);
    if (!m_group->start(seedArgs)) {
        m_error = m_group->errorString();
        return false;
    }
    m_balancer = std::make_unique<HaproxyBalancer>(processUrls());
    if (!m_balancer->start()) {
        m_error = m_balancer->errorString();
        return false;
    }
    return true;
}

bool ServerFarm::stop()
{
    if (m_balancer)
        m_balancer->stop();
    if (m_single && m_single->isRunning() && !m_single->stop()) {
        m_error = m_single->errorString();
        return false;
    }
    if (m_group && !m_group->stopAll()) {
        m_error = m_group->errorString();
        return false;
    }
    return true;
}

QUrl ServerFarm::baseUrl() const
{
    if (m_balancer)
        return m_balancer->baseUrl();
    return m_single ? m_single->baseUrl() : QUrl();
}

QList<QUrl> ServerFarm::processUrls() const
{
    if (m_single)
        return {m_single->baseUrl()};
    QList<QUrl> urls;
    for (int i = 0; m_group && i < m_group->size(); ++i)
        urls << m_group->at(i).baseUrl();
    return urls;
}

QString ServerFarm::logs() const
{
    if (m_single)
        return m_single->log();
    return m_group ? m_group->logs() : QString();
}

QString ServerFarm::describe() const
{
    if (m_layout.engine == Engine::Sqlite)
        return QStringLiteral("SQLite, 1 process");
    return QStringLiteral("PostgreSQL, %1 process%2 behind HAProxy")
        .arg(m_layout.processes)
        .arg(m_layout.processes == 1 ? QLatin1String() : QLatin1String("es"));
}

bool ServerFarm::setClock(const QDateTime &now, QString *error) const
{
    *error = setClockOfEach(processUrls(), now);
    return error->isEmpty();
}

} // namespace billing::test
