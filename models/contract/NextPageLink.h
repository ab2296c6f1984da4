#pragma once

#include <QByteArray>
#include <QString>

namespace billing::NextPageLink {

// A list page's `Link` header (RFC 8288; docs/api.md, "Paging"): the `cursor` query item of
// the target of the link whose relation types include "next". Empty when there is no such
// link, it has no cursor, or the header is malformed or longer than kMaxHeaderBytes: the
// client then asks for the next page once this one is read, as without the header.
inline constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
QString cursor(const QByteArray &linkHeader);

// The header value the server sends for a page whose next page starts at `cursor`.
QByteArray format(const QByteArray &encodedPathAndQuery);

} // namespace billing::NextPageLink
