#include "Gzip.h"

#include <QList>

#include <zlib.h>

namespace billing::gzip {
namespace {
constexpr int kGzipWindowBits = 15 + 16; // 32 KiB window, gzip framing
constexpr qsizetype kBlock = 64 * 1024;
} // namespace

bool accepted(const std::optional<QByteArray> &acceptEncoding)
{
    if (!acceptEncoding)
        return false;
    for (const QByteArray &entry : acceptEncoding->split(',')) {
        const QList<QByteArray> parts = entry.split(';');
        const QByteArray coding = parts.first().trimmed().toLower();
        if (coding != "gzip" && coding != "*")
            continue;
        bool refused = false;
        for (const QByteArray &parameter : parts.mid(1)) {
            const QByteArray text = parameter.trimmed().toLower();
            if (text.startsWith("q=") && text.mid(2).toDouble() <= 0.0)
                refused = true;
        }
        return !refused;
    }
    return false;
}

QByteArray compress(const QByteArray &body, int level)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData()));
    stream.avail_in = uInt(body.size());
    int status = Z_OK;
    while (status == Z_OK) {
        const qsizetype written = out.size();
        out.resize(written + kBlock);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + written);
        stream.avail_out = uInt(kBlock);
        status = deflate(&stream, Z_FINISH);
        out.resize(written + kBlock - qsizetype(stream.avail_out));
    }
    deflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

InflateResult decompress(const QByteArray &gzip, qsizetype maxBytes, QByteArray *out)
{
    z_stream stream{};
    if (inflateInit2(&stream, kGzipWindowBits) != Z_OK)
        return InflateResult::Corrupt;
    out->clear();
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gzip.constData()));
    stream.avail_in = uInt(gzip.size());
    int status = Z_OK;
    InflateResult result = InflateResult::Corrupt;
    while (status == Z_OK) {
        const qsizetype written = out->size();
        const qsizetype room = qMin(kBlock, maxBytes + 1 - written);
        out->resize(written + room);
        stream.next_out = reinterpret_cast<Bytef *>(out->data() + written);
        stream.avail_out = uInt(room);
        status = inflate(&stream, Z_NO_FLUSH);
        out->resize(written + room - qsizetype(stream.avail_out));
        if (out->size() > maxBytes) {
            result = InflateResult::TooLarge;
            break;
        }
        if (status == Z_BUF_ERROR && stream.avail_in == 0)
            break; // the input ended before the stream did
    }
    if (status == Z_STREAM_END && stream.avail_in == 0)
        result = InflateResult::Ok;
    inflateEnd(&stream);
    if (result != InflateResult::Ok)
        out->clear();
    return result;
}

} // namespace billing::gzip
