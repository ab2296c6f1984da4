// The Azure Marketplace webhook (POST /spi/azure/webhook): the input's first line is the
// bearer token, checked as the handler does (AzureJwt::verify), the rest the JSON body
// (AzureWebhookEvent::parse). A parsed event written back must parse to the same event; a
// token that verifies must not verify with another key; one minted here must verify.
#include "FuzzSupport.h"

#include <marketplaces/azure/AzureJwt.h>
#include <marketplaces/azure/AzureWebhookEvent.h>

#include <QJsonDocument>

using namespace billing;
using namespace billing::server;

namespace {
const QByteArray kKey = QByteArrayLiteral("fuzz-azure-webhook-key");
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC);

void checkToken(const QByteArray &token)
{
    if (!AzureJwt::verify(token, kKey, kNow))
        fuzz::require(AzureJwt::verify(token, kKey + 'x', kNow).has_value());
    fuzz::require(AzureJwt::verify(token, {}, kNow).has_value());
    const QByteArray minted = AzureJwt::mint(AzureJwt::webhookClaims(kNow), kKey);
    fuzz::require(!AzureJwt::verify(minted, kKey, kNow).has_value());
}

void checkBody(const QByteArray &body)
{
    QString error;
    const auto event = AzureWebhookEvent::parse(body, &error);
    if (!event) {
        fuzz::require(!error.isEmpty());
        return;
    }
    const QByteArray written = QJsonDocument(event->toJson()).toJson(QJsonDocument::Compact);
    const auto again = AzureWebhookEvent::parse(written, &error);
    fuzz::require(again.has_value());
    fuzz::require(again->id == event->id && again->subscriptionId == event->subscriptionId);
    fuzz::require(again->action == event->action && again->quantity == event->quantity);
    fuzz::require(again->planId == event->planId && again->offerId == event->offerId);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    const QByteArray raw = fuzz::bytes(data, size);
    const qsizetype newline = raw.indexOf('\n');
    checkToken(newline < 0 ? raw : raw.left(newline));
    checkBody(newline < 0 ? raw : raw.mid(newline + 1));
    return 0;
}
