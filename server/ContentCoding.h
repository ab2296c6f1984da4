#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <optional>

namespace billing::server {

// gzip on the wire, both ways. Replies of a few KiB and more go out gzipped to a client
// that accepts it; a request body sent with "Content-Encoding: gzip" is inflated before
// the dispatcher sees it, up to the same 8 MiB as any body.
class ContentCoding
{
public:
    static constexpr qsizetype kMinCompressedBytes = 4 * 1024;
    static constexpr int kLevel = 1; // JSON shrinks ~8x even at the fastest level

    // The reply as it goes to a client that did (or did not) accept gzip.
    static HttpResponse encode(HttpResponse response, bool clientAcceptsGzip);
    static bool acceptsGzip(const HttpRequest &request);
    // Inflates a gzip request body in place; a reply to send instead when it cannot be
    // (400 bad_request for another coding or a corrupt body, 413 past 8 MiB inflated).
    static std::optional<HttpResponse> decode(HttpRequest &request, qsizetype maxBodyBytes);
};

} // namespace billing::server
