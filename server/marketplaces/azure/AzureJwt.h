#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace billing::server::AzureJwt {

// The bearer tokens of the Azure Marketplace webhook. Microsoft signs them RS256 with its
// published keys; this server's simplification (marketplaces.md) is HS256 with the configured
// --azure-webhook-key, and these fixed claims.
inline const QString kIssuer = QStringLiteral("https://sts.windows.net/billing-center-sandbox/");
inline const QString kAudience = QStringLiteral("billing-center-azure-webhook");
constexpr qint64 kClockSkewSeconds = 60;

// header.payload.signature, base64url without padding, header {"alg":"HS256","typ":"JWT"}.
QByteArray mint(const QJsonObject &claims, const QByteArray &key);
// The claims of a token minted for the webhook: iss, aud, iat/nbf = now, exp = now + lifetime.
QJsonObject webhookClaims(const QDateTime &now, qint64 lifetimeSeconds = 300);

// Why the token is refused, or nullopt when its HS256 signature, alg, iss, aud, exp and nbf
// all hold at `now` (the system clock, ±kClockSkewSeconds).
std::optional<QString> verify(const QByteArray &token, const QByteArray &key, const QDateTime &now);

} // namespace billing::server::AzureJwt
