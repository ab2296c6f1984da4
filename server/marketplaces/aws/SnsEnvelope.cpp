#include "SnsEnvelope.h"

#include <Rfc3339.h>

#include <QJsonDocument>

namespace billing::server {
namespace {
constexpr qsizetype kMaxSignatureBytes = 1024; // RSA-8192 at most

// A required string member; sets *error (once) when it is missing, empty or not a string.
QString required(const QJsonObject &object, const char *name, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if ((!value.isString() || value.toString().isEmpty()) && error->isEmpty())
        *error = QStringLiteral("Missing or invalid %1.").arg(QLatin1String(name));
    return value.toString();
}

// The first of `names` present (a string), for the two spellings of each message key.
QString firstOf(const QJsonObject &object, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isString())
            return value.toString();
    }
    return {};
}

void appendField(QByteArray &out, const char *name, const QString &value)
{
    out.append(name).append('\n').append(value.toUtf8()).append('\n');
}
} // namespace

std::optional<SnsEnvelope> SnsEnvelope::parse(const QByteArray &body, QString *error,
                                              bool *unsigned_)
{
    bool ignored = false;
    bool &signatureProblem = unsigned_ ? *unsigned_ : ignored;
    signatureProblem = false;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("The body is not an SNS message (a JSON object).");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    error->clear();
    SnsEnvelope envelope;
    envelope.type = required(object, "Type", error);
    envelope.messageId = required(object, "MessageId", error);
    envelope.topicArn = required(object, "TopicArn", error);
    envelope.message = required(object, "Message", error);
    envelope.timestamp = required(object, "Timestamp", error);
    envelope.signatureVersion = required(object, "SignatureVersion", error);
    const QString signature = required(object, "Signature", error);
    envelope.signingCertUrl = required(object, "SigningCertURL", error);
    signatureProblem = signature.isEmpty() || envelope.signatureVersion.isEmpty()
                       || envelope.signingCertUrl.isEmpty();
    if (!error->isEmpty())
        return std::nullopt;
    if (object.contains(QLatin1String("Subject"))) {
        if (!object.value(QLatin1String("Subject")).isString()) {
            *error = QStringLiteral("Invalid Subject.");
            return std::nullopt;
        }
        envelope.subject = object.value(QLatin1String("Subject")).toString();
    }
    envelope.unsubscribeUrl = object.value(QLatin1String("UnsubscribeURL")).toString();
    if (envelope.type != u"Notification") {
        *error =
            QStringLiteral("Only Notification messages are taken (not %1).").arg(envelope.type);
        return std::nullopt;
    }
    if (envelope.signatureVersion != u"2") {
        signatureProblem = true;
        *error = QStringLiteral("SignatureVersion must be 2 (SHA256withRSA).");
        return std::nullopt;
    }
    envelope.timestampTime = rfc3339::parse(envelope.timestamp);
    if (!envelope.timestampTime.isValid()) {
        *error = QStringLiteral("Invalid Timestamp.");
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(signature.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.size() > kMaxSignatureBytes) {
        signatureProblem = true;
        *error = QStringLiteral("Invalid Signature (base64 expected).");
        return std::nullopt;
    }
    envelope.signature = decoded.decoded;
    return envelope;
}

QByteArray SnsEnvelope::canonicalString() const
{
    QByteArray out;
    appendField(out, "Message", message);
    appendField(out, "MessageId", messageId);
    if (subject)
        appendField(out, "Subject", *subject);
    appendField(out, "Timestamp", timestamp);
    appendField(out, "TopicArn", topicArn);
    appendField(out, "Type", type);
    return out;
}

QJsonObject SnsEnvelope::toJson() const
{
    QJsonObject object{{QStringLiteral("Type"), type},
                       {QStringLiteral("MessageId"), messageId},
                       {QStringLiteral("TopicArn"), topicArn},
                       {QStringLiteral("Message"), message},
                       {QStringLiteral("Timestamp"), timestamp},
                       {QStringLiteral("SignatureVersion"), signatureVersion},
                       {QStringLiteral("Signature"), QString::fromLatin1(signature.toBase64())},
                       {QStringLiteral("SigningCertURL"), signingCertUrl}};
    if (subject)
        object.insert(QStringLiteral("Subject"), *subject);
    if (!unsubscribeUrl.isEmpty())
        object.insert(QStringLiteral("UnsubscribeURL"), unsubscribeUrl);
    return object;
}

QString AwsSubscriptionMessage::toWire(Action action)
{
    switch (action) {
    case Action::SubscribeSuccess:
        return QStringLiteral("subscribe-success");
    case Action::SubscribeFail:
        return QStringLiteral("subscribe-fail");
    case Action::UnsubscribePending:
        return QStringLiteral("unsubscribe-pending");
    case Action::UnsubscribeSuccess:
        return QStringLiteral("unsubscribe-success");
    }
    return {};
}

std::optional<AwsSubscriptionMessage::Action>
AwsSubscriptionMessage::actionFromWire(const QString &wire)
{
    for (Action action : {Action::SubscribeSuccess, Action::SubscribeFail,
                          Action::UnsubscribePending, Action::UnsubscribeSuccess}) {
        if (toWire(action) == wire)
            return action;
    }
    return std::nullopt;
}

std::optional<AwsSubscriptionMessage> AwsSubscriptionMessage::parse(const QString &message,
                                                                    QString *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(message.toUtf8());
    if (!document.isObject()) {
        *error = QStringLiteral("Message is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    AwsSubscriptionMessage parsed;
    const auto action = actionFromWire(object.value(QLatin1String("action")).toString());
    if (!action) {
        *error = QStringLiteral("Unknown or missing action.");
        return std::nullopt;
    }
    parsed.action = *action;
    parsed.customerIdentifier = firstOf(object, {"customer-identifier", "CustomerIdentifier"});
    parsed.productCode = firstOf(object, {"product-code", "ProductCode"});
    if (parsed.customerIdentifier.isEmpty() || parsed.customerIdentifier.size() > 255
        || parsed.productCode.isEmpty() || parsed.productCode.size() > 255) {
        *error = QStringLiteral("Missing or invalid customer-identifier or product-code.");
        return std::nullopt;
    }
    const QString trial = object.value(QLatin1String("isFreeTrialTermPresent")).toString();
    if (trial == u"true" || trial == u"false")
        parsed.freeTrial = trial == u"true";
    return parsed;
}

QByteArray AwsSubscriptionMessage::toJson() const
{
    QJsonObject object{{QStringLiteral("action"), toWire(action)},
                       {QStringLiteral("customer-identifier"), customerIdentifier},
                       {QStringLiteral("product-code"), productCode}};
    if (freeTrial)
        object.insert(QStringLiteral("isFreeTrialTermPresent"),
                      *freeTrial ? QStringLiteral("true") : QStringLiteral("false"));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace billing::server
