// AWS Marketplace's SNS notification (POST /spi/aws/notifications body): the envelope parser,
// SNS's canonical string and the marketplace message parser the notification handler applies.
// A taken envelope written back and read again signs the same string; a taken message written
// back and read again names the same action, customer and product.
#include "FuzzSupport.h"

#include <marketplaces/aws/SnsEnvelope.h>

#include <QJsonDocument>

using namespace billing;
using namespace billing::server;

namespace {
void checkMessage(const QString &text)
{
    QString error;
    const auto message = AwsSubscriptionMessage::parse(text, &error);
    if (!message) {
        fuzz::require(!error.isEmpty());
        return;
    }
    const auto again = AwsSubscriptionMessage::parse(QString::fromUtf8(message->toJson()), &error);
    fuzz::require(again && again->action == message->action
                  && again->customerIdentifier == message->customerIdentifier
                  && again->productCode == message->productCode
                  && again->freeTrial == message->freeTrial);
}

void checkEnvelope(const QByteArray &body)
{
    QString error;
    bool unsignedEnvelope = false;
    const auto envelope = SnsEnvelope::parse(body, &error, &unsignedEnvelope);
    if (!envelope) {
        fuzz::require(!error.isEmpty());
        return;
    }
    fuzz::require(!unsignedEnvelope && !envelope->signature.isEmpty());
    const QByteArray canonical = envelope->canonicalString();
    fuzz::require(canonical.startsWith("Message\n") && canonical.endsWith("Type\nNotification\n"));
    const auto again = SnsEnvelope::parse(
        QJsonDocument(envelope->toJson()).toJson(QJsonDocument::Compact), &error);
    fuzz::require(again && again->canonicalString() == canonical
                  && again->signature == envelope->signature);
    checkMessage(envelope->message);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    const QByteArray raw = fuzz::bytes(data, size);
    checkEnvelope(raw);
    checkMessage(QString::fromUtf8(raw));
    return 0;
}
