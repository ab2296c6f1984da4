#include "ForwardedFor.h"

#include "DeploymentRules.h"

namespace billing::server {

ForwardedFor::ForwardedFor(Ranges trustedProxies)
    : m_trusted(std::move(trustedProxies))
{}

// 2001:db8::1 and ::ffff:10.0.0.1 compare as written by the proxy: IPv4 unmapped.
bool ForwardedFor::isTrustedProxy(const QHostAddress &address) const
{
    const QHostAddress unmapped = unmappedAddress(address);
    for (const auto &[network, prefix] : m_trusted) {
        if (unmapped.isInSubnet(network, prefix))
            return true;
    }
    return false;
}

// The caller is the right-most address in X-Forwarded-For that is not one of our proxies
// (the left part is whatever the client claimed). Without a usable header, the proxy itself
// is the caller, held to the limits as any other address.
ForwardedFor::Caller ForwardedFor::resolve(const QHostAddress &peer,
                                           const std::optional<QByteArray> &header) const
{
    if (!isTrustedProxy(peer))
        return {unmappedAddress(peer), isLoopbackAddress(peer)};
    const QList<QByteArray> hops = header ? header->split(',') : QList<QByteArray>();
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        QHostAddress address;
        if (!address.setAddress(QString::fromLatin1(hop->trimmed())))
            break;
        if (!isTrustedProxy(address))
            return {unmappedAddress(address), false};
    }
    return {unmappedAddress(peer), false};
}

} // namespace billing::server
