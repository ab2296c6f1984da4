#pragma once

#include <QByteArray>

namespace billing::BodyCoding {

// Bodies on the wire (issue 20).
//
// Requests: a Billing Center says in every answer which codings it takes for request
// bodies ("Accept-Encoding: gzip", RFC 7694); once it has, bodies this large go gzipped.
// Level 1: a batch body is repetitive JSON, and the fastest level already takes it to a
// fraction of its size.
inline constexpr qsizetype kMinGzipBytes = 4 * 1024;
inline constexpr int kGzipLevel = 1;

// Whether an answer's Accept-Encoding header admits gzipped request bodies.
bool admitsGzip(const QByteArray &acceptEncoding);

struct WireBody {
    QByteArray bytes;
    bool gzipped = false;
};
// `json` as it goes out: gzipped when the server takes it and it is large enough to gain.
WireBody encode(const QByteArray &json, bool serverTakesGzip);

// Answers: the client asks for gzip itself and inflates here rather than leaving it to Qt.
// Qt 6.4 inflates on the fly and drops the Content-Length, so an answer cut off mid-body
// by a reset ends as a success with half the JSON; asked for explicitly, Qt keeps the
// length (a cut is a RemoteHostClosedError) and the gzip trailer is checked here.
enum class Decoded { Ok, TooLarge, Corrupt };
// Inflates `body` in place when `contentEncoding` is gzip, to at most maxBytes.
Decoded decodeAnswer(const QByteArray &contentEncoding, qint64 maxBytes, QByteArray *body);

} // namespace billing::BodyCoding
