// A gzipped body (issue 20): gzip::decompress as the server reads a request body with
// Content-Encoding: gzip and the client reads a reply. Whatever the input, memory stays
// within the bound; what inflates is compressed again and reads back the same; any input
// compressed reads back as itself. The Accept-Encoding reader takes the same bytes.
#include "FuzzSupport.h"

#include <Gzip.h>

using namespace billing;

namespace {
constexpr qsizetype kLimit = 256 * 1024;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    const QByteArray input = fuzz::bytes(data, size);
    (void)gzip::accepted(input);

    QByteArray inflated;
    switch (gzip::decompress(input, kLimit, &inflated)) {
    case gzip::InflateResult::Ok: {
        fuzz::require(inflated.size() <= kLimit);
        QByteArray back;
        fuzz::require(gzip::decompress(gzip::compress(inflated, 1), kLimit, &back)
                          == gzip::InflateResult::Ok
                      && back == inflated);
        break;
    }
    case gzip::InflateResult::TooLarge:
    case gzip::InflateResult::Corrupt:
        fuzz::require(inflated.isEmpty()); // nothing half-inflated is handed out
        break;
    }

    QByteArray back;
    fuzz::require(
        gzip::decompress(gzip::compress(input, 1), qMax<qsizetype>(input.size(), 1), &back)
            == gzip::InflateResult::Ok
        && back == input);
    return 0;
}
