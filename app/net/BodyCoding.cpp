#include "BodyCoding.h"

#include "Gzip.h"

namespace billing::BodyCoding {

bool admitsGzip(const QByteArray &acceptEncoding)
{
    return !acceptEncoding.isEmpty() && gzip::accepted(acceptEncoding);
}

WireBody encode(const QByteArray &json, bool serverTakesGzip)
{
    if (!serverTakesGzip || json.size() < kMinGzipBytes)
        return {json, false};
    QByteArray compressed = gzip::compress(json, kGzipLevel);
    if (compressed.isEmpty() || compressed.size() >= json.size())
        return {json, false};
    return {std::move(compressed), true};
}

Decoded decodeAnswer(const QByteArray &contentEncoding, qint64 maxBytes, QByteArray *body)
{
    const QByteArray coding = contentEncoding.trimmed().toLower();
    if (coding.isEmpty() || coding == "identity")
        return Decoded::Ok;
    if (coding != "gzip")
        return Decoded::Corrupt; // never asked for
    QByteArray inflated;
    switch (gzip::decompress(*body, maxBytes, &inflated)) {
    case gzip::InflateResult::Ok:
        *body = std::move(inflated);
        return Decoded::Ok;
    case gzip::InflateResult::TooLarge:
        return Decoded::TooLarge;
    case gzip::InflateResult::Corrupt:
        break;
    }
    return Decoded::Corrupt;
}

} // namespace billing::BodyCoding
