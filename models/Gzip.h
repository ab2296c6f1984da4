#pragma once

#include <QByteArray>

#include <optional>

// gzip on the wire (issue 20): the server's replies and request bodies, the client's
// request bodies. zlib stays behind this file.
namespace billing::gzip {

// Whether an Accept-Encoding header admits gzip ("gzip;q=0" does not; "*" does).
bool accepted(const std::optional<QByteArray> &acceptEncoding);

// One gzip member of `body`, deflated block by block straight into the result (the body
// is never copied; the result grows only as compressed bytes come out).
QByteArray compress(const QByteArray &body, int level);

enum class InflateResult { Ok, TooLarge, Corrupt };
// Inflates a gzip body into *out, stopping as soon as it would pass maxBytes: a small
// "zip bomb" costs at most maxBytes of memory.
InflateResult decompress(const QByteArray &gzip, qsizetype maxBytes, QByteArray *out);

} // namespace billing::gzip
