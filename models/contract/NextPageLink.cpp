#include "NextPageLink.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cstring>

namespace billing::NextPageLink {
namespace {
// Reads one link-value after another: "<" URI-Reference ">" *( OWS ";" OWS link-param ),
// the values separated by commas. A quoted parameter value may hold ';' and ','.
class LinkReader
{
public:
    explicit LinkReader(const QByteArray &header)
        : m_text(header)
    {}

    // The next link's target and whether its rel names "next"; false at the end or when
    // the rest is malformed.
    bool next(QByteArray *target, bool *isNext)
    {
        skip(" \t,");
        if (atEnd() || m_text.at(m_at) != '<')
            return false;
        const qsizetype close = m_text.indexOf('>', m_at + 1);
        if (close < 0)
            return false;
        *target = m_text.mid(m_at + 1, close - m_at - 1);
        m_at = close + 1;
        *isNext = false;
        for (;;) {
            skip(" \t");
            if (atEnd() || m_text.at(m_at) == ',')
                return true;
            if (m_text.at(m_at) != ';')
                return false;
            ++m_at;
            skip(" \t");
            const QByteArray name = token().toLower();
            if (name.isEmpty())
                return false;
            skip(" \t");
            QByteArray value;
            if (!atEnd() && m_text.at(m_at) == '=') {
                ++m_at;
                skip(" \t");
                if (!readValue(&value))
                    return false;
            }
            if (name == "rel" && namesNext(value))
                *isNext = true;
        }
    }

private:
    bool atEnd() const { return m_at >= m_text.size(); }

    void skip(const char *chars)
    {
        while (!atEnd() && std::strchr(chars, m_text.at(m_at)) && m_text.at(m_at) != '\0')
            ++m_at;
    }

    QByteArray token()
    {
        const qsizetype from = m_at;
        while (!atEnd() && !std::strchr(" \t;,=\"", m_text.at(m_at)) && m_text.at(m_at) != '\0')
            ++m_at;
        return m_text.mid(from, m_at - from);
    }

    bool readValue(QByteArray *value)
    {
        if (atEnd() || m_text.at(m_at) != '"') {
            *value = token();
            return true;
        }
        for (++m_at; !atEnd(); ++m_at) {
            const char c = m_text.at(m_at);
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (c == '\\' && ++m_at >= m_text.size())
                return false;
            value->append(m_text.at(m_at));
        }
        return false; // an unterminated quoted string
    }

    static bool namesNext(const QByteArray &relationTypes)
    {
        const QList<QByteArray> types = relationTypes.simplified().split(' ');
        return std::any_of(types.cbegin(), types.cend(), [](const QByteArray &type) {
            return type.compare("next", Qt::CaseInsensitive) == 0;
        });
    }

    const QByteArray &m_text;
    qsizetype m_at = 0;
};
} // namespace

QString cursor(const QByteArray &linkHeader)
{
    if (linkHeader.size() > kMaxHeaderBytes)
        return {};
    LinkReader reader(linkHeader);
    QByteArray target;
    bool isNext = false;
    while (reader.next(&target, &isNext)) {
        if (!isNext)
            continue;
        const QUrl url = QUrl::fromEncoded(target);
        if (!url.isValid())
            return {};
        return QUrlQuery(url).queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    }
    return {};
}

QByteArray format(const QByteArray &encodedPathAndQuery)
{
    return '<' + encodedPathAndQuery + QByteArrayLiteral(">; rel=\"next\"");
}

} // namespace billing::NextPageLink
