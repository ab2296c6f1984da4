// A billingdesk://claim link (from the command line, a second instance or the claim dialog),
// read as ClaimLink::parse() reads it: what it accepts names a web server and a well-formed
// code, and the link written again from them reads the same.
#include "FuzzSupport.h"

#include <ClaimLink.h>

#include <QUrl>

using namespace billing;

namespace {
QString linkOf(const QUrl &server, const QString &code)
{
    return QStringLiteral("billingdesk://claim?server=")
           + QString::fromLatin1(QUrl::toPercentEncoding(server.toString(QUrl::FullyEncoded)))
           + QStringLiteral("&code=") + code;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));

    // The code field's own rules, whatever the link says.
    const ClaimCode code = ClaimCode::parse(text);
    fuzz::require(code.ok() == code.message().isEmpty());
    if (code.ok()) {
        fuzz::require(code.value.size() == ClaimCode::kLength);
        fuzz::require(ClaimCode::parse(code.display()).value == code.value);
    }
    fuzz::require(ClaimCode::typing(ClaimCode::typing(text)) == ClaimCode::typing(text));

    const ClaimLink link = ClaimLink::parse(text);
    fuzz::require(link.ok() == link.message().isEmpty());
    if (!link.ok())
        return 0;
    fuzz::require(ClaimLink::looksLikeLink(text));
    fuzz::require(link.code.ok() && link.code.value.size() == ClaimCode::kLength);
    fuzz::require(!link.server.host().isEmpty() && link.server.userInfo().isEmpty());
    fuzz::require(link.server.scheme() == u"https" || link.server.scheme() == u"http");
    fuzz::require(link.isFor(link.server));

    const ClaimLink again = ClaimLink::parse(linkOf(link.server, link.code.display()));
    fuzz::require(again.ok() && again.code.value == link.code.value
                  && ClaimLink::sameServer(again.server, link.server));
    return 0;
}
