#pragma once

#include <QUrl>

namespace billing {

// Qt 6.4's QNetworkAccessManager never sets TCP_NODELAY on its HTTP sockets and writes a
// request body in separate 16 KB write()s. With Nagle on, everything after the first write
// waits for the server's (delayed, ~40 ms) ACK. There is no public API to reach the socket,
// so this sets TCP_NODELAY on every connected TCP socket of this process whose peer port is
// the endpoint's. Setting it also pushes out data Nagle is holding right now.
// Returns the number of sockets changed; a no-op (0) where unsupported (Windows).
int setTcpNoDelayTowards(const QUrl &endpoint);

} // namespace billing
