#include "HaproxyBalancer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace billing::test {
namespace {
constexpr int kStartAttempts = 3; // a port found free may be taken before haproxy binds it
constexpr int kReadyTimeoutMs = 10000;

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}
} // namespace

HaproxyBalancer::HaproxyBalancer(QList<QUrl> backends)
    : m_backends(std::move(backends))
{}

HaproxyBalancer::~HaproxyBalancer()
{
    stop();
}

QString HaproxyBalancer::binaryPath()
{
    const QString configured = qEnvironmentVariable("HAPROXY_BIN");
    if (!configured.isEmpty())
        return configured;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("haproxy"));
    if (!onPath.isEmpty())
        return onPath;
    return QFileInfo::exists(QStringLiteral("/usr/sbin/haproxy")) ? u"/usr/sbin/haproxy"_qs
                                                                  : QString();
}

QString HaproxyBalancer::configuration() const
{
    QString config =
        QStringLiteral(
            "# Written by HaproxyBalancer (tests/support): billing-center processes on loopback.\n"
            "global\n"
            "    maxconn 4096\n"
            "defaults\n"
            "    mode http\n"
            "    option http-keep-alive\n"
            "    option forwardfor\n"
            "    http-reuse safe\n"
            "    timeout connect 5s\n"
            "    timeout client 120s\n"
            "    timeout server 120s\n"
            "frontend billing\n"
            "    bind 127.0.0.1:%1\n"
            "    default_backend processes\n"
            "backend processes\n"
            "    balance roundrobin\n")
            .arg(m_baseUrl.port());
    for (qsizetype i = 0; i < m_backends.size(); ++i)
        config += QStringLiteral("    server p%1 %2:%3\n")
                      .arg(i)
                      .arg(m_backends[i].host())
                      .arg(m_backends[i].port());
    return config;
}

bool HaproxyBalancer::start()
{
    const QString binary = binaryPath();
    if (binary.isEmpty()) {
        m_error = QStringLiteral("haproxy not found: install Debian's haproxy (scripts/bench "
                                 "--engine postgresql does) or set HAPROXY_BIN");
        return false;
    }
    if (!m_dir.isValid() || m_backends.isEmpty()) {
        m_error = QStringLiteral("no temporary directory or no backends for haproxy");
        return false;
    }
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        if (const quint16 port = freeLoopbackPort(); port && startOnce(binary, port))
            return true;
    }
    return false;
}

bool HaproxyBalancer::startOnce(const QString &binary, quint16 port)
{
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const QString configPath = m_dir.filePath(QStringLiteral("haproxy.cfg"));
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(configuration().toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(configPath);
        return false;
    }
    file.close();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(binary, {QStringLiteral("-db"), QStringLiteral("-f"), configPath});
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("haproxy did not start: ") + m_process->errorString();
        return false;
    }
    const QDeadlineTimer deadline(kReadyTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("haproxy exited: ") + QString::fromUtf8(m_process->readAll());
            return false;
        }
        if (accepts(port))
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("haproxy did not accept connections on port %1 within %2 s")
                  .arg(port)
                  .arg(kReadyTimeoutMs / 1000);
    stop();
    return false;
}

void HaproxyBalancer::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

} // namespace billing::test
