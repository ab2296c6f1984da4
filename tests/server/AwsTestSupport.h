#pragma once

// What the AWS Marketplace tests share: the sandbox's calls, the landing page's contents, and
// SNS notifications signed with a key of the test's own (made and used with the openssl
// command line, independent of the server's OpenSSL code).
#include "ApiHelpers.h"
#include "HttpClient.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace billing::test::aws {

inline const QString kSubscriptions = QStringLiteral("/api/v1/sandbox/aws/subscriptions");
inline const QString kTokens = QStringLiteral("/api/v1/sandbox/aws/tokens");
inline const QString kMarket = QStringLiteral("/api/v1/sandbox/aws/metering");
inline const QString kNotifications = QStringLiteral("/spi/aws/notifications");
inline const QString kLanding = QStringLiteral("/marketplace/aws/landing");
inline const QString kClaims = QStringLiteral("/api/v1/marketplace/claims");

// POST /marketplace/aws/landing with the registration token as the form field AWS sends.
inline HttpReply land(HttpClient &client, const QString &token)
{
    return client.postRaw(kLanding, "x-amzn-marketplace-token=" + QUrl::toPercentEncoding(token),
                          {{"Content-Type", "application/x-www-form-urlencoded"}});
}

inline QString firstMatch(const QByteArray &html, const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern))
        .match(QString::fromUtf8(html))
        .captured(0);
}
inline QString subscriptionIdIn(const QByteArray &html)
{
    return firstMatch(html, "aws-[0-9a-f]{20}");
}
inline QString claimCodeIn(const QByteArray &html)
{
    return firstMatch(html, "[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
}

// POST /sandbox/aws/tokens: {"token","customerIdentifier","awsAccountId","productCode"}.
inline QJsonObject mintToken(HttpClient &client, const QString &awsAccountId, QString *error)
{
    const HttpReply reply = client.post(kTokens, {{QStringLiteral("awsAccountId"), awsAccountId}});
    if (reply.status != 201)
        *error = reply.describe();
    return reply.object();
}

// The SNS message of AWS Marketplace, hyphenated keys unless `oldKeys`.
inline QJsonObject subscriptionMessage(const QString &action, const QString &customer,
                                       const QString &product, bool oldKeys = false)
{
    return {{QStringLiteral("action"), action},
            {oldKeys ? QStringLiteral("CustomerIdentifier") : QStringLiteral("customer-identifier"),
             customer},
            {oldKeys ? QStringLiteral("ProductCode") : QStringLiteral("product-code"), product}};
}

// SNS's string to sign for a Notification, written here from the AWS documentation.
inline QByteArray canonicalString(const QJsonObject &envelope)
{
    QByteArray text;
    for (const char *key : {"Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"}) {
        if (!envelope.contains(QLatin1String(key)))
            continue;
        text +=
            QByteArray(key) + '\n' + envelope.value(QLatin1String(key)).toString().toUtf8() + '\n';
    }
    return text;
}

class SnsTestSigner
{
public:
    // key.pem and cert.pem (self-signed) in `dir`.
    bool create(const QString &dir, QString *error)
    {
        m_dir = dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), keyPath(), QStringLiteral("-out"), certPath(),
                       QStringLiteral("-subj"), QStringLiteral("/CN=sns.test.invalid"),
                       QStringLiteral("-days"), QStringLiteral("2")});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            *error = QString::fromLocal8Bit(openssl.readAllStandardError());
            return false;
        }
        return true;
    }
    QString certPath() const { return m_dir + QStringLiteral("/sns-cert.pem"); }
    QString keyPath() const { return m_dir + QStringLiteral("/sns-key.pem"); }

    QByteArray sign(const QByteArray &data) const
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("dgst"), QStringLiteral("-sha256"),
                                                  QStringLiteral("-sign"), keyPath()});
        openssl.write(data);
        openssl.closeWriteChannel();
        openssl.waitForFinished(30000);
        return openssl.readAllStandardOutput();
    }

    // A Notification envelope carrying `message`, signed unless told otherwise.
    QJsonObject
    envelope(const QJsonObject &message, const QDateTime &timestamp,
             const QString &messageId = QUuid::createUuid().toString(QUuid::WithoutBraces)) const
    {
        QJsonObject envelope{
            {QStringLiteral("Type"), QStringLiteral("Notification")},
            {QStringLiteral("MessageId"), messageId},
            {QStringLiteral("TopicArn"),
             QString(QStringLiteral(
                         "arn:aws:sns:us-east-1:123456789012:aws-mp-subscription-notification-")
                     + message.value(u"product-code").toString())},
            {QStringLiteral("Message"),
             QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact))},
            {QStringLiteral("Timestamp"),
             timestamp.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))},
            {QStringLiteral("SignatureVersion"), QStringLiteral("2")},
            {QStringLiteral("SigningCertURL"),
             QStringLiteral(
                 "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-test.pem")},
            {QStringLiteral("UnsubscribeURL"), QStringLiteral("https://sns.invalid/unsubscribe")}};
        return resign(envelope);
    }
    QJsonObject resign(QJsonObject envelope) const
    {
        envelope.insert(QStringLiteral("Signature"),
                        QString::fromLatin1(sign(canonicalString(envelope)).toBase64()));
        return envelope;
    }

private:
    QString m_dir;
};

inline HttpReply notify(HttpClient &client, const QJsonObject &envelope)
{
    return client.postRaw(kNotifications, QJsonDocument(envelope).toJson(QJsonDocument::Compact),
                          {{"Content-Type", "text/plain; charset=UTF-8"}});
}

} // namespace billing::test::aws
