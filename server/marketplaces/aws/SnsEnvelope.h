#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace billing::server {

// An Amazon SNS notification as delivered to the seller (marketplaces.md, AWS): the
// envelope's fields, and the canonical string its Signature (SignatureVersion 2:
// SHA256withRSA) is computed over. Only `Notification` messages are accepted.
struct SnsEnvelope {
    QString type;
    QString messageId;
    QString topicArn;
    std::optional<QString> subject; // signed only when present
    QString message;                // the marketplace's JSON, as a string
    QString timestamp;              // as sent: it is signed as text
    QDateTime timestampTime;
    QString signatureVersion;
    QByteArray signature; // decoded from base64
    QString signingCertUrl;
    QString unsubscribeUrl;

    // nullopt with *error naming the first field that is missing or wrong; *unsigned_ tells
    // whether it was the signature (missing, not base64, or not SignatureVersion 2).
    static std::optional<SnsEnvelope> parse(const QByteArray &body, QString *error,
                                            bool *unsigned_ = nullptr);
    // "Message\n<Message>\nMessageId\n<id>\n[Subject\n<subject>\n]Timestamp\n<ts>\n"
    // "TopicArn\n<arn>\nType\n<type>\n", UTF-8.
    QByteArray canonicalString() const;
    QJsonObject toJson() const; // the envelope as SNS sends it (signature in base64)
};

// The marketplace's message inside a subscription notification. Keys come as
// `customer-identifier` / `product-code` or, in older documentation, `CustomerIdentifier` /
// `ProductCode`: both are read.
struct AwsSubscriptionMessage {
    enum class Action { SubscribeSuccess, SubscribeFail, UnsubscribePending, UnsubscribeSuccess };
    Action action = Action::SubscribeSuccess;
    QString customerIdentifier;
    QString productCode;
    std::optional<bool> freeTrial; // isFreeTrialTermPresent, a string "true"/"false"

    static std::optional<AwsSubscriptionMessage> parse(const QString &message, QString *error);
    static QString toWire(Action action);
    static std::optional<Action> actionFromWire(const QString &wire);
    QByteArray toJson() const; // as the marketplace writes it (hyphenated keys)
};

} // namespace billing::server
