#include "ShapingProxy.h"

#include "ShapingProxyServer.h"

namespace billing::test {

ShapingProxy::ShapingProxy(const QUrl &upstream, const Shape &shape)
    : m_upstream(upstream)
    , m_shape(shape)
{
    m_thread.setObjectName(QStringLiteral("ShapingProxy"));
}

ShapingProxy::~ShapingProxy()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_server, [server = m_server] { server->shutDown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool ShapingProxy::start()
{
    if (m_thread.isRunning())
        return true;
    m_server =
        new ShapingProxyServer(m_upstream, m_shape.roundTripMs, m_shape.bitsPerSecond, m_counters);
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_server, [server = m_server, &port] { port = server->listen(); },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        m_error = QStringLiteral("the shaping proxy cannot listen on 127.0.0.1");
        return false;
    }
    m_url = m_upstream;
    m_url.setHost(QStringLiteral("127.0.0.1"));
    m_url.setPort(port);
    return true;
}

void ShapingProxy::resetCounters()
{
    m_counters.bytesUp = 0;
    m_counters.bytesDown = 0;
    m_counters.connections = 0;
}

} // namespace billing::test
