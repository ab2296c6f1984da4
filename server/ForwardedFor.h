#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>

#include <optional>

namespace billing::server {

// Who a request comes from. Behind a TLS-terminating proxy the connection's peer is the
// proxy; only when that peer is a trusted proxy (--trusted-proxy) does X-Forwarded-For name
// the caller, and such a caller never counts as loopback, whatever the proxy's address.
class ForwardedFor
{
public:
    using Ranges = QList<QPair<QHostAddress, int>>;
    explicit ForwardedFor(Ranges trustedProxies = {});

    struct Caller {
        QHostAddress address;
        bool isLoopback = false; // exempt from the per-address request limits
    };
    Caller resolve(const QHostAddress &peer, const std::optional<QByteArray> &header) const;
    bool isTrustedProxy(const QHostAddress &address) const;

private:
    Ranges m_trusted;
};

} // namespace billing::server
