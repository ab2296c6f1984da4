// X-Forwarded-For behind --trusted-proxy (issue 19): ForwardedFor::resolve. First line the
// connection's peer address, the rest the header. Only a trusted peer's header may name the
// caller; such a caller is never loopback and never one of the trusted proxies themselves
// unless no hop could be read.
#include "FuzzSupport.h"

#include <ForwardedFor.h>

using namespace billing;
using namespace billing::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray peerText = newline < 0 ? input : input.left(newline);
    const std::optional<QByteArray> header =
        newline < 0 ? std::nullopt : std::optional<QByteArray>(input.mid(newline + 1));

    QHostAddress peer;
    if (!peer.setAddress(QString::fromLatin1(peerText.trimmed())))
        peer = QHostAddress(QHostAddress::LocalHost);
    const ForwardedFor forwarded({{QHostAddress(QStringLiteral("10.0.0.0")), 8},
                                  {QHostAddress(QHostAddress::LocalHost), 32},
                                  {QHostAddress(QHostAddress::LocalHostIPv6), 128}});
    const ForwardedFor::Caller caller = forwarded.resolve(peer, header);
    fuzz::require(!caller.address.isNull());
    if (!forwarded.isTrustedProxy(peer)) {
        fuzz::require(caller.address.isEqual(peer, QHostAddress::TolerantConversion));
        fuzz::require(forwarded.resolve(peer, std::nullopt).address == caller.address);
    } else {
        fuzz::require(!caller.isLoopback);
        const bool isPeer = caller.address.isEqual(peer, QHostAddress::TolerantConversion);
        fuzz::require(isPeer || !forwarded.isTrustedProxy(caller.address));
    }
    return 0;
}
