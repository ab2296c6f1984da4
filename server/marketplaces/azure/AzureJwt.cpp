#include "AzureJwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QMessageAuthenticationCode>

#include <sodium.h>

namespace billing::server::AzureJwt {
namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encode(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
}

QByteArray signatureOf(const QByteArray &signingInput, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256)
        .toBase64(kBase64Url);
}

std::optional<QJsonObject> decodeObject(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

bool sameBytes(const QByteArray &received, const QByteArray &expected)
{
    return received.size() == expected.size()
           && sodium_memcmp(received.constData(), expected.constData(), size_t(expected.size()))
                  == 0;
}

// A NumericDate claim: whole seconds since the epoch (fractions are allowed by RFC 7519).
std::optional<qint64> numericDate(const QJsonObject &claims, const QString &name)
{
    const QJsonValue value = claims.value(name);
    if (!value.isDouble())
        return std::nullopt;
    return qint64(value.toDouble());
}

bool audienceMatches(const QJsonValue &aud)
{
    if (aud.isString())
        return aud.toString() == kAudience;
    if (aud.isArray())
        return aud.toArray().contains(QJsonValue(kAudience));
    return false;
}

std::optional<QString> checkClaims(const QJsonObject &claims, const QDateTime &now)
{
    if (claims.value(QStringLiteral("iss")).toString() != kIssuer)
        return QStringLiteral("wrong issuer");
    if (!audienceMatches(claims.value(QStringLiteral("aud"))))
        return QStringLiteral("wrong audience");
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const auto exp = numericDate(claims, QStringLiteral("exp"));
    if (!exp)
        return QStringLiteral("no expiry");
    if (*exp + kClockSkewSeconds <= nowSeconds)
        return QStringLiteral("expired");
    if (claims.contains(QStringLiteral("nbf"))) {
        const auto nbf = numericDate(claims, QStringLiteral("nbf"));
        if (!nbf || *nbf - kClockSkewSeconds > nowSeconds)
            return QStringLiteral("not valid yet");
    }
    return std::nullopt;
}
} // namespace

QByteArray mint(const QJsonObject &claims, const QByteArray &key)
{
    const QByteArray signingInput = encode({{QStringLiteral("alg"), QStringLiteral("HS256")},
                                            {QStringLiteral("typ"), QStringLiteral("JWT")}})
                                    + '.' + encode(claims);
    return signingInput + '.' + signatureOf(signingInput, key);
}

QJsonObject webhookClaims(const QDateTime &now, qint64 lifetimeSeconds)
{
    const qint64 seconds = now.toSecsSinceEpoch();
    return {{QStringLiteral("iss"), kIssuer},
            {QStringLiteral("aud"), kAudience},
            {QStringLiteral("iat"), seconds},
            {QStringLiteral("nbf"), seconds},
            {QStringLiteral("exp"), seconds + lifetimeSeconds}};
}

std::optional<QString> verify(const QByteArray &token, const QByteArray &key, const QDateTime &now)
{
    if (key.isEmpty())
        return QStringLiteral("no key");
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts.at(2).isEmpty())
        return QStringLiteral("not a signed JWT");
    const auto header = decodeObject(parts.at(0));
    if (!header)
        return QStringLiteral("unreadable header");
    // The algorithm is fixed here, never taken from the token: "none" or RS256 are refused.
    if (header->value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return QStringLiteral("algorithm other than HS256");
    const QByteArray expected = signatureOf(parts.at(0) + '.' + parts.at(1), key);
    if (!sameBytes(parts.at(2), expected))
        return QStringLiteral("wrong signature");
    const auto claims = decodeObject(parts.at(1));
    if (!claims)
        return QStringLiteral("unreadable claims");
    return checkClaims(*claims, now);
}

} // namespace billing::server::AzureJwt
