#include "Paging.h"

#include "NextPageLink.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace billing::server {
namespace {
constexpr int kDefaultLimit = 500;
constexpr int kMaxLimit = 5000;
const QByteArray kCursorPrefix = QByteArrayLiteral("c1:");

std::optional<qint64> decodeCursor(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(kCursorPrefix))
        return std::nullopt;
    bool ok = false;
    const qint64 seq = decoded.decoded.mid(kCursorPrefix.size()).toLongLong(&ok);
    if (!ok || seq <= 0)
        return std::nullopt;
    return seq;
}
} // namespace

PageRequest PageRequest::fromQuery(const HttpRequest &request, FieldErrors &errors)
{
    PageRequest page;
    page.limit = kDefaultLimit;
    if (const auto limit = request.queryValue(QStringLiteral("limit"))) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
        const int value = digits.match(*limit).hasMatch() ? limit->toInt() : 0;
        if (value < 1 || value > kMaxLimit)
            errors.insert(QStringLiteral("limit"),
                          QStringLiteral("Must be an integer from 1 to 5000."));
        else
            page.limit = value;
    }
    if (const auto cursor = request.queryValue(QStringLiteral("cursor"))) {
        const auto seq = decodeCursor(*cursor);
        if (!seq)
            errors.insert(QStringLiteral("cursor"), QStringLiteral("Unreadable cursor."));
        else
            page.cursorSeq = *seq;
    }
    return page;
}

QString PageRequest::encodeCursor(qint64 seq)
{
    const QByteArray plain = kCursorPrefix + QByteArray::number(seq);
    return QString::fromLatin1(
        plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray pageJson(const QByteArray &itemsJsonArray, qint64 nextCursorSeq, qint64 total,
                    const QString &syncToken)
{
    QByteArray out;
    out.reserve(itemsJsonArray.size() + 96);
    out += "{\"items\":";
    out += itemsJsonArray;
    out += ",\"nextCursor\":";
    if (nextCursorSeq > 0)
        out += '"' + PageRequest::encodeCursor(nextCursorSeq).toLatin1() + '"';
    else
        out += "null";
    out += ",\"total\":";
    out += QByteArray::number(total);
    if (!syncToken.isEmpty())
        out += ",\"syncToken\":\"" + syncToken.toLatin1() + '"'; // [a-z0-9.] only
    out += '}';
    return out;
}

QByteArray pageJson(const QJsonArray &items, qint64 nextCursorSeq, qint64 total)
{
    return pageJson(QJsonDocument(items).toJson(QJsonDocument::Compact), nextCursorSeq, total);
}

QByteArray nextPageLink(const HttpRequest &request, qint64 nextCursorSeq)
{
    QUrlQuery query;
    for (const auto &[name, value] : request.query) {
        if (name != u"cursor")
            query.addQueryItem(name, value);
    }
    query.addQueryItem(QStringLiteral("cursor"), PageRequest::encodeCursor(nextCursorSeq));
    QUrl next;
    next.setPath(request.path);
    next.setQuery(query);
    return NextPageLink::format(next.toEncoded());
}

} // namespace billing::server
