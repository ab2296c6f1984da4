#pragma once

#include "MailMessage.h"

#include <QByteArray>

namespace billing::server::EmlFormatter {

// An RFC 5322 message: UTF-8 text/plain body, RFC 2047 encoded subject, CRLF line ends.
QByteArray format(const MailMessage &mail, const QString &from);
// "=?UTF-8?B?...?=" words, each within the 75-character limit of RFC 2047.
QByteArray encodeHeaderWords(const QString &text);

} // namespace billing::server::EmlFormatter
