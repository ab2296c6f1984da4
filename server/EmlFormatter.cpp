#include "EmlFormatter.h"

#include <QLocale>

namespace billing::server::EmlFormatter {
namespace {
constexpr qsizetype kMaxBytesPerWord = 45; // base64 of 45 bytes is 60 chars, +12 for =?UTF-8?B??=

QByteArray rfc5322Date(const QDateTime &time)
{
    return QLocale::c()
               .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1()
           + " +0000";
}

QByteArray crlfBody(const QString &body)
{
    QString text = body;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    if (!text.endsWith(QStringLiteral("\r\n")))
        text += QStringLiteral("\r\n");
    return text.toUtf8();
}

QByteArray headerValue(const QString &text)
{
    QString cleaned = text;
    cleaned.remove(u'\r');
    cleaned.remove(u'\n');
    return cleaned.toUtf8();
}
} // namespace

QByteArray encodeHeaderWords(const QString &text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    // Split on character boundaries so no UTF-8 sequence straddles two encoded words.
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray piece = text.mid(i, length).toUtf8();
        if (chunk.size() + piece.size() > kMaxBytesPerWord) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += piece;
        i += length;
    }
    if (!chunk.isEmpty() || words.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words.join("\r\n ");
}

QByteArray format(const MailMessage &mail, const QString &from)
{
    QByteArray eml;
    eml += "From: " + headerValue(from) + "\r\n";
    eml += "To: " + headerValue(mail.to) + "\r\n";
    eml += "Subject: " + encodeHeaderWords(mail.subject) + "\r\n";
    eml += "Date: " + rfc5322Date(mail.createdAt) + "\r\n";
    eml += "Message-ID: <" + mail.id.toLatin1() + "@billing-center.invalid>\r\n";
    eml += "MIME-Version: 1.0\r\n";
    eml += "Content-Type: text/plain; charset=utf-8\r\n";
    eml += "Content-Transfer-Encoding: 8bit\r\n";
    eml += "\r\n";
    eml += crlfBody(mail.body);
    return eml;
}

} // namespace billing::server::EmlFormatter
