#include "SessionTokens.h"

#include "SecureRandom.h"

#include <sodium.h>

namespace billing::server::SessionTokens {
namespace {
constexpr int kTokenBytes = 32;
constexpr int kTokenChars = 43;
} // namespace

QByteArray generate()
{
    return SecureRandom::bytes(kTokenBytes)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool isWellFormed(const QByteArray &token)
{
    if (token.size() != kTokenChars)
        return false;
    for (char c : token) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                        || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray hash(const QByteArray &secret)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(secret.constData()),
                       static_cast<unsigned long long>(secret.size()));
    return QByteArray(reinterpret_cast<const char *>(digest), crypto_hash_sha256_BYTES).toHex();
}

} // namespace billing::server::SessionTokens
