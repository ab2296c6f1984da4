#include "ContentCoding.h"

#include "Gzip.h"

namespace billing::server {

bool ContentCoding::acceptsGzip(const HttpRequest &request)
{
    return gzip::accepted(request.header("accept-encoding"));
}

HttpResponse ContentCoding::encode(HttpResponse response, bool clientAcceptsGzip)
{
    // Every reply says which request codings this server takes (RFC 7694).
    response.withHeader("Accept-Encoding", "gzip");
    if (response.body.size() < kMinCompressedBytes || response.header("Content-Encoding"))
        return response;
    response.withHeader("Vary", "Accept-Encoding");
    if (!clientAcceptsGzip)
        return response;
    const QByteArray compressed = gzip::compress(response.body, kLevel);
    if (compressed.isEmpty() || compressed.size() >= response.body.size())
        return response;
    response.body = compressed;
    response.withHeader("Content-Encoding", "gzip");
    return response;
}

std::optional<HttpResponse> ContentCoding::decode(HttpRequest &request, qsizetype maxBodyBytes)
{
    const auto coding = request.header("content-encoding");
    if (!coding || coding->trimmed().isEmpty() || coding->trimmed().toLower() == "identity")
        return std::nullopt;
    if (coding->trimmed().toLower() != "gzip") {
        return HttpResponse::error(ErrorCode::BadRequest,
                                   QStringLiteral("Request bodies may be sent as they are or "
                                                  "with Content-Encoding: gzip."))
            .withHeader("Accept-Encoding", "gzip");
    }
    QByteArray body;
    switch (gzip::decompress(request.body, maxBodyBytes, &body)) {
    case gzip::InflateResult::Ok:
        request.body = body;
        return std::nullopt;
    case gzip::InflateResult::TooLarge:
        return HttpResponse::error(ErrorCode::PayloadTooLarge,
                                   QStringLiteral("The request body is larger than 8 MiB once "
                                                  "inflated."));
    case gzip::InflateResult::Corrupt:
        break;
    }
    return HttpResponse::error(ErrorCode::BadRequest,
                               QStringLiteral("The request body is not valid gzip."));
}

} // namespace billing::server
