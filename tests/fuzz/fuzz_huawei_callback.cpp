// KooGallery's callback (POST /spi/huawei?signature=…&timestamp=…&nonce=…): the first line is
// the query string, decoded as the HTTP adapter does, then the signature check; the rest is
// the JSON body, read by the parser of every activity. A body signed with the right key must
// verify, and a body the parser takes must hold what the handler relies on.
#include "FuzzSupport.h"

#include <HttpRequest.h>
#include <MarketplaceIds.h>
#include <QueryString.h>
#include <marketplaces/huawei/HuaweiCallback.h>
#include <marketplaces/huawei/HuaweiSignature.h>

using namespace billing;
using namespace billing::server;

namespace {
const QByteArray kKey = QByteArrayLiteral("fuzz-huawei-key");

void checkSignature(const QList<QPair<QString, QString>> &query, const QByteArray &body)
{
    if (const auto credentials = HuaweiSignature::read(query)) {
        fuzz::require(!credentials->nonce.isEmpty() && credentials->nonce.size() <= 128);
        fuzz::require(credentials->signature.size() == 64);
        HuaweiSignature::verify(*credentials, kKey, body);
        const auto resigned = HuaweiSignature::read(
            HuaweiSignature::signedQuery(kKey, credentials->nonce, credentials->timestampMs, body));
        fuzz::require(resigned.has_value());
        fuzz::require(HuaweiSignature::verify(*resigned, kKey, body));
        fuzz::require(!HuaweiSignature::verify(*resigned, kKey + 'x', body));
        fuzz::require(!HuaweiSignature::verify(*resigned, kKey, body + ' '));
    }
}

void checkCallback(const QByteArray &body)
{
    QString error;
    const auto callback = parseHuaweiCallback(body, &error);
    fuzz::require(callback.has_value() == error.isEmpty());
    if (!callback)
        return;
    switch (callback->activity) {
    case HuaweiActivity::NewInstance:
        fuzz::require(parseHuaweiAccountId(callback->huaweiAccountId).value
                      == callback->huaweiAccountId);
        fuzz::require(!callback->orderId.isEmpty() && !callback->orderLineId.isEmpty());
        fuzz::require(!callback->productId.isEmpty() && !callback->skuCode.isEmpty());
        break;
    case HuaweiActivity::RefreshInstance:
        fuzz::require(callback->expireTime.isValid());
        fuzz::require(parseHuaweiTime(formatHuaweiTime(callback->expireTime))
                      == callback->expireTime);
        [[fallthrough]];
    case HuaweiActivity::UpdateInstanceStatus:
    case HuaweiActivity::ReleaseInstance:
        fuzz::require(parseMarketplaceToken(callback->instanceId).ok());
        break;
    case HuaweiActivity::QueryInstance:
        fuzz::require(!callback->instanceIds.isEmpty()
                      && callback->instanceIds.size() <= HuaweiCallback::kMaxQueriedInstances);
        for (const QString &id : callback->instanceIds)
            fuzz::require(parseMarketplaceToken(id).value == id);
        break;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    const QByteArray raw = fuzz::bytes(data, size);
    const qsizetype newline = raw.indexOf('\n');
    const QByteArray query = newline < 0 ? raw : raw.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : raw.mid(newline + 1);
    checkSignature(QueryString::decode(query), body);
    checkCallback(body);
    return 0;
}
