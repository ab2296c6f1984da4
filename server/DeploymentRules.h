#pragma once

#include <QHostAddress>
#include <QString>

namespace billing::server {

struct ServerOptions;

// ::ffff:10.0.0.1 as 10.0.0.1 (an IPv4 peer on a dual-stack socket); others unchanged.
QHostAddress unmappedAddress(const QHostAddress &address);
// 127.0.0.0/8 and ::1, also when written as an IPv4-mapped IPv6 address.
bool isLoopbackAddress(const QHostAddress &address);

// The contract's "Deployment" rules: TLS files come in pairs, an address that is not
// loopback needs TLS or a trusted TLS-terminating proxy, and the sandbox (every mail, the
// clock) never leaves loopback. Empty when the options may run, else why not.
QString deploymentProblem(const ServerOptions &options);

} // namespace billing::server
