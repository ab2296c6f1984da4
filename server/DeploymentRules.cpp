#include "DeploymentRules.h"

#include "ServerOptions.h"

namespace billing::server {

QHostAddress unmappedAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

bool isLoopbackAddress(const QHostAddress &address)
{
    return unmappedAddress(address).isLoopback();
}

QString deploymentProblem(const ServerOptions &options)
{
    if (options.tlsCertPath.isEmpty() != options.tlsKeyPath.isEmpty())
        return QStringLiteral("--tls-cert and --tls-key go together: give both or neither");
    if (options.isLoopbackListen())
        return {};
    const QString address = options.listenHost + u':' + QString::number(options.port);
    if (options.sandbox) {
        return QStringLiteral("--sandbox exposes every mail and the server's clock, so it only "
                              "runs on a loopback address (127.0.0.1, ::1), not on %1")
            .arg(address);
    }
    if (!options.usesTls() && options.trustedProxies.isEmpty()) {
        return QStringLiteral("refusing to serve plain HTTP on %1, which is not a loopback "
                              "address: give --tls-cert and --tls-key, or --trusted-proxy CIDR "
                              "for the TLS-terminating proxy in front of this server")
            .arg(address);
    }
    return {};
}

} // namespace billing::server
