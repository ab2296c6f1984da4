#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace billing::test {

// A real HAProxy (Debian's haproxy) on loopback in front of several billing-center processes:
// HTTP mode, each request to the next process in turn, as docs/deployment.md's example. The
// benchmarks' PostgreSQL runs (scripts/bench --engine postgresql) go through it.
class HaproxyBalancer
{
public:
    explicit HaproxyBalancer(QList<QUrl> backends);
    ~HaproxyBalancer(); // stops it
    HaproxyBalancer(const HaproxyBalancer &) = delete;
    HaproxyBalancer &operator=(const HaproxyBalancer &) = delete;

    // HAPROXY_BIN from the environment, else haproxy on PATH or in /usr/sbin; empty if none.
    static QString binaryPath();

    // Writes the configuration, starts haproxy and waits until it accepts connections; false
    // with errorString() (its output included) on failure.
    bool start();
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    QString configuration() const; // the haproxy.cfg start() writes, for the report
    QString errorString() const { return m_error; }

private:
    bool startOnce(const QString &binary, quint16 port);

    QList<QUrl> m_backends;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace billing::test
