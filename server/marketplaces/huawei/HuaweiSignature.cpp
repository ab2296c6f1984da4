#include "HuaweiSignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <sodium.h>

#include <algorithm>

namespace billing::server::HuaweiSignature {
namespace {
constexpr qsizetype kMaxNonceLength = 128;
constexpr qsizetype kMaxTimestampDigits = 15;
constexpr qsizetype kSignatureHexLength = 64;

std::optional<QString> value(const QList<QPair<QString, QString>> &query, QStringView name)
{
    for (const auto &[key, text] : query) {
        if (key == name)
            return text;
    }
    return std::nullopt;
}

bool isVisibleAscii(QChar c)
{
    return c.unicode() > 0x20 && c.unicode() < 0x7f;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
} // namespace

std::optional<Credentials> read(const QList<QPair<QString, QString>> &query)
{
    const auto signature = value(query, u"signature");
    const auto timestamp = value(query, u"timestamp");
    const auto nonce = value(query, u"nonce");
    if (!signature || !timestamp || !nonce)
        return std::nullopt;
    if (nonce->isEmpty() || nonce->size() > kMaxNonceLength
        || !std::all_of(nonce->begin(), nonce->end(), isVisibleAscii))
        return std::nullopt;
    if (timestamp->isEmpty() || timestamp->size() > kMaxTimestampDigits
        || !std::all_of(timestamp->begin(), timestamp->end(), isDigit))
        return std::nullopt;
    if (signature->size() != kSignatureHexLength)
        return std::nullopt;
    return Credentials{signature->toLatin1().toLower(), *timestamp, timestamp->toLongLong(),
                       *nonce};
}

QByteArray compute(const QByteArray &key, const QString &nonce, const QString &timestamp,
                   const QByteArray &body)
{
    const QByteArray bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    const QByteArray message = nonce.toUtf8() + timestamp.toLatin1() + bodyHash;
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex();
}

bool verify(const Credentials &credentials, const QByteArray &key, const QByteArray &body)
{
    const QByteArray expected = compute(key, credentials.nonce, credentials.timestamp, body);
    if (credentials.signature.size() != expected.size())
        return false;
    return sodium_memcmp(credentials.signature.constData(), expected.constData(),
                         size_t(expected.size()))
           == 0;
}

QList<QPair<QString, QString>> signedQuery(const QByteArray &key, const QString &nonce,
                                           qint64 timestampMs, const QByteArray &body)
{
    const QString timestamp = QString::number(timestampMs);
    return {
        {QStringLiteral("signature"), QString::fromLatin1(compute(key, nonce, timestamp, body))},
        {QStringLiteral("timestamp"), timestamp},
        {QStringLiteral("nonce"), nonce}};
}

} // namespace billing::server::HuaweiSignature
