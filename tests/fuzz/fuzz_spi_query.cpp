// The marketplace callback's query string (GET /spi/aliyun?...): decoded as the HTTP adapter
// does, then the token check and the identifier parsers the SPI handler applies. A query
// re-signed with the right key must verify, whatever its parameters.
#include "FuzzSupport.h"

#include <AliyunIds.h>
#include <HttpRequest.h>
#include <QueryString.h>
#include <SpiSignature.h>

#include <QUrl>

using namespace billing;
using namespace billing::server;

namespace {
const QByteArray kKey = QByteArrayLiteral("fuzz-marketplace-key");

void checkSignature(const QList<QPair<QString, QString>> &query)
{
    SpiSignature::verify(query, kKey);
    QList<QPair<QString, QString>> signedQuery;
    for (const auto &item : query) {
        if (item.first != u"token")
            signedQuery.append(item);
    }
    const QByteArray token = SpiSignature::compute(signedQuery, kKey);
    fuzz::require(token.size() == 32);
    signedQuery.append({QStringLiteral("token"), QString::fromLatin1(token)});
    fuzz::require(SpiSignature::verify(signedQuery, kKey));
    fuzz::require(!SpiSignature::verify(signedQuery, kKey + 'x'));
}

void readParameters(const QList<QPair<QString, QString>> &query)
{
    HttpRequest request;
    request.query = query;
    for (const char *name : {"aliUid", "instanceId"}) {
        if (const auto value = request.queryValue(QString::fromLatin1(name))) {
            parseAliyunAccountId(*value);
            parseInstanceId(*value);
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    const QByteArray raw = fuzz::bytes(data, size);
    const auto direct = QueryString::decode(raw);
    checkSignature(direct);
    readParameters(direct);

    // What HttpServerAdapter hands over: QUrl's fully encoded form of the request target.
    const QUrl url(QStringLiteral("/spi/aliyun?") + QString::fromLatin1(raw));
    const auto viaUrl = QueryString::decode(url.query(QUrl::FullyEncoded).toLatin1());
    checkSignature(viaUrl);
    readParameters(viaUrl);
    return 0;
}
