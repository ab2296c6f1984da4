#include "XlsxXmlScanner.h"

#include <cstring>

namespace billing::xlsx {
namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

QLatin1StringView latin1(QByteArrayView bytes)
{
    return QLatin1StringView(bytes.data(), bytes.size());
}

// The length of the UTF-8 sequence at `s` of a character XML allows (C1 controls, surrogates,
// U+FFFE and U+FFFF are not taken); 0 when it is not one.
qsizetype utf8Length(const uchar *s, const uchar *end)
{
    const auto continues = [&](qsizetype n) {
        if (end - s < n)
            return false;
        for (qsizetype i = 1; i < n; ++i) {
            if ((s[i] & 0xc0) != 0x80)
                return false;
        }
        return true;
    };
    if (s[0] >= 0xc2 && s[0] <= 0xdf)
        return continues(2) && !(s[0] == 0xc2 && s[1] < 0xa0) ? 2 : 0;
    if (s[0] >= 0xe0 && s[0] <= 0xef) {
        if (!continues(3) || (s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] >= 0xa0)
            || (s[0] == 0xef && s[1] == 0xbf && s[2] >= 0xbe))
            return 0;
        return 3;
    }
    if (s[0] >= 0xf0 && s[0] <= 0xf4) {
        if (!continues(4) || (s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

// The character a reference like "#65" or "#x41" names, or 0 when it is not one to take.
char32_t characterReference(QByteArrayView name)
{
    if (name.size() < 2 || name.at(0) != '#')
        return 0;
    const bool hex = name.at(1) == 'x';
    const QByteArrayView digits = name.sliced(hex ? 2 : 1);
    if (digits.isEmpty() || digits.size() > 6)
        return 0;
    uint value = 0;
    for (const char c : digits) {
        const int digit = c >= '0' && c <= '9'          ? c - '0'
                          : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                        : -1;
        if (digit < 0)
            return 0;
        value = value * (hex ? 16 : 10) + uint(digit);
    }
    const bool valid = value == 0x9 || value == 0xa || (value >= 0x20 && value <= 0xd7ff)
                       || (value >= 0xe000 && value <= 0xfffd)
                       || (value >= 0x10000 && value <= 0x10ffff);
    return valid ? char32_t(value) : 0;
}

// The text an entity reference (its name without & and ;) stands for, appended to `out`;
// false when it is not one of the five predefined ones or a character reference.
bool appendEntity(QByteArrayView name, bool characterReferences, QByteArray *out)
{
    static const struct {
        const char *name;
        char text;
    } predefined[] = {{"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"quot", '"'}, {"apos", '\''}};
    for (const auto &entity : predefined) {
        if (name == entity.name) {
            if (out)
                out->append(entity.text);
            return true;
        }
    }
    const char32_t c = characterReferences ? characterReference(name) : 0;
    if (c && out)
        out->append(QString::fromUcs4(&c, 1).toUtf8());
    return c != 0;
}
} // namespace

XmlScanner::XmlScanner(QByteArrayView data)
    : m_data(data)
{
    m_prefixes.append("xml");
}

QStringView XmlScanner::Attributes::value(QLatin1StringView qualifiedName) const
{
    return m_scanner.attributeValue(qualifiedName);
}

QStringView XmlScanner::attributeValue(QLatin1StringView qualifiedName)
{
    for (qsizetype i = 0; i < m_attributeCount; ++i) {
        Attribute &attribute = m_attributes[i];
        if (latin1(attribute.name) != qualifiedName)
            continue;
        if (!attribute.decoded) {
            decode(attribute.raw, true, &attribute.value); // checked when it was read
            attribute.decoded = true;
        }
        return attribute.value;
    }
    return {};
}

XmlScanner::Token XmlScanner::unsupportedHere()
{
    m_token = Unsupported;
    m_attributeCount = 0;
    return m_token;
}

XmlScanner::Token XmlScanner::readNext()
{
    if (atEnd())
        return m_token;
    if (!m_declared) {
        if (!readDeclaration())
            return unsupportedHere();
        m_declared = true;
    }
    m_attributeCount = 0;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_open.removeLast();
        m_rootClosed = m_open.isEmpty();
        m_token = EndElement;
        return m_token;
    }
    if (m_pos >= m_data.size()) {
        m_token = m_rootClosed ? EndDocument : Unsupported;
        return m_token;
    }
    if (m_data.at(m_pos) != '<')
        return readText();
    if (m_pos + 1 < m_data.size() && m_data.at(m_pos + 1) == '/')
        return readEndTag();
    return readStartTag();
}

bool XmlScanner::readDeclaration()
{
    // <?xml version="1.0" encoding="UTF-8" standalone="yes"?>, encoding and standalone optional
    if (!m_data.startsWith("<?xml") || m_data.size() < 6 || !isSpace(m_data.at(5)))
        return false;
    const qsizetype end = m_data.indexOf("?>");
    if (end < 0)
        return false;
    m_pos = 5;
    if (!readAttributes(true) || m_pos != end || m_attributeCount == 0
        || m_attributes.at(0).name != "version")
        return false;
    static const char *const names[] = {"version", "encoding", "standalone"};
    qsizetype next = 0;
    for (qsizetype i = 0; i < m_attributeCount; ++i) {
        const Attribute &pseudo = m_attributes.at(i);
        while (next < 3 && pseudo.name != names[next])
            ++next;
        const bool known = next == 0   ? i == 0 && pseudo.raw == "1.0"
                           : next == 1 ? pseudo.raw.compare("UTF-8", Qt::CaseInsensitive) == 0
                           : next == 2 ? pseudo.raw == "yes" || pseudo.raw == "no"
                                       : false;
        if (!known)
            return false;
        ++next;
    }
    m_pos = end + 2;
    return true;
}

XmlScanner::Token XmlScanner::readText()
{
    const qsizetype start = m_pos;
    const void *found = std::memchr(m_data.data() + start, '<', size_t(m_data.size() - start));
    m_pos = found ? static_cast<const char *>(found) - m_data.data() : m_data.size();
    m_text = m_data.sliced(start, m_pos - start);
    if (m_open.isEmpty()) { // before or after the root element: white space only
        for (const char c : m_text) {
            if (!isSpace(c))
                return unsupportedHere();
        }
        return readNext();
    }
    if (!decode(m_text, false, nullptr))
        return unsupportedHere();
    m_token = Characters;
    return m_token;
}

bool XmlScanner::readName(QByteArrayView *name)
{
    const qsizetype start = m_pos;
    if (m_pos >= m_data.size() || !isNameStart(m_data.at(m_pos)))
        return false;
    bool prefixed = false;
    while (++m_pos < m_data.size()) {
        const char c = m_data.at(m_pos);
        if (c == ':' && !prefixed && m_pos + 1 < m_data.size()
            && isNameStart(m_data.at(m_pos + 1))) {
            prefixed = true;
            ++m_pos;
        } else if (!isNameChar(c)) {
            break;
        }
    }
    *name = m_data.sliced(start, m_pos - start);
    return true;
}

XmlScanner::Token XmlScanner::readStartTag()
{
    ++m_pos; // <
    QByteArrayView name;
    if (m_rootClosed || !readName(&name) || name.contains(':') || !readAttributes(false))
        return unsupportedHere();
    m_open.append(name);
    m_name = latin1(name);
    m_token = StartElement;
    return m_token;
}

XmlScanner::Token XmlScanner::readEndTag()
{
    m_pos += 2; // </
    QByteArrayView name;
    if (!readName(&name))
        return unsupportedHere();
    while (m_pos < m_data.size() && isSpace(m_data.at(m_pos)))
        ++m_pos;
    if (m_pos >= m_data.size() || m_data.at(m_pos) != '>' || m_open.isEmpty()
        || m_open.last() != name)
        return unsupportedHere();
    ++m_pos;
    m_open.removeLast();
    m_rootClosed = m_open.isEmpty();
    m_name = latin1(name);
    m_token = EndElement;
    return m_token;
}

bool XmlScanner::readAttributes(bool declaration)
{
    const bool root = m_open.isEmpty();
    m_attributeCount = 0;
    for (;;) {
        const qsizetype before = m_pos;
        while (m_pos < m_data.size() && isSpace(m_data.at(m_pos)))
            ++m_pos;
        if (m_pos >= m_data.size())
            return false;
        const char c = m_data.at(m_pos);
        if (declaration && c == '?')
            break;
        if (!declaration && c == '>') {
            ++m_pos;
            break;
        }
        if (!declaration && c == '/') {
            if (m_pos + 1 >= m_data.size() || m_data.at(m_pos + 1) != '>')
                return false;
            m_pos += 2;
            m_pendingEnd = true;
            break;
        }
        QByteArrayView name;
        if (m_pos == before || !readName(&name) || m_pos + 1 >= m_data.size()
            || m_data.at(m_pos) != '=')
            return false;
        const char quote = m_data.at(++m_pos);
        if (quote != '"' && quote != '\'')
            return false;
        const qsizetype start = ++m_pos;
        const void *found =
            std::memchr(m_data.data() + start, quote, size_t(m_data.size() - start));
        if (!found)
            return false;
        m_pos = static_cast<const char *>(found) - m_data.data();
        const QByteArrayView raw = m_data.sliced(start, m_pos - start);
        ++m_pos;
        const QByteArrayView local = name.sliced(name.indexOf(':') + 1);
        for (qsizetype i = 0; i < m_attributeCount; ++i) {
            const QByteArrayView other = m_attributes.at(i).name;
            if (other.sliced(other.indexOf(':') + 1) == local)
                return false; // perhaps redefined: QXmlStreamReader decides
        }
        if (!decode(raw, true, nullptr))
            return false;
        if (name == "xmlns" || name.startsWith("xmlns:")) {
            // Declared on the root only, to a namespace that may be declared.
            const bool prefixed = name != "xmlns";
            if (!root || declaration || raw.isEmpty() || raw.contains("www.w3.org/2000/xmlns")
                || raw.contains("www.w3.org/XML/1998/namespace")
                || (prefixed && (local == "xml" || local == "xmlns")))
                return false;
            if (prefixed)
                m_prefixes.append(local);
        }
        if (m_attributeCount == m_attributes.size())
            m_attributes.append(Attribute{});
        Attribute &attribute = m_attributes[m_attributeCount++];
        attribute.name = name;
        attribute.raw = raw;
        attribute.decoded = false;
    }
    for (qsizetype i = 0; i < m_attributeCount; ++i) {
        const QByteArrayView name = m_attributes.at(i).name;
        const qsizetype colon = name.indexOf(':');
        if (colon >= 0 && !name.startsWith("xmlns:") && !isDeclaredPrefix(name.first(colon)))
            return false;
    }
    return true;
}

bool XmlScanner::isDeclaredPrefix(QByteArrayView prefix) const
{
    return m_prefixes.contains(prefix);
}

bool XmlScanner::decode(QByteArrayView raw, bool attribute, QString *out)
{
    const auto *s = reinterpret_cast<const uchar *>(raw.data());
    const auto *end = s + raw.size();
    bool plain = true; // ASCII without references: copied as it is
    for (const uchar *p = s; p < end;) {
        const uchar c = *p;
        if (c >= 0x80) {
            const qsizetype n = utf8Length(p, end);
            if (!n)
                return false;
            plain = false;
            p += n;
            continue;
        }
        if (c < 0x20 && (attribute || (c != '\t' && c != '\n')))
            return false; // QXmlStreamReader normalises or refuses these
        if (c == '<' || (c == ']' && end - p >= 3 && p[1] == ']' && p[2] == '>'))
            return false;
        if (c == '&') {
            const uchar *semicolon = p + 1;
            while (semicolon < end && semicolon - p <= 10 && *semicolon != ';')
                ++semicolon;
            if (semicolon >= end || *semicolon != ';'
                || !appendEntity(QByteArrayView(p + 1, semicolon - p - 1), !attribute, nullptr))
                return false;
            plain = false;
            p = semicolon + 1;
            continue;
        }
        ++p;
    }
    if (!out)
        return true;
    if (plain) {
        out->resize(raw.size());
        QChar *to = out->data();
        for (qsizetype i = 0; i < raw.size(); ++i)
            to[i] = QLatin1Char(raw.at(i));
        return true;
    }
    m_scratch.clear();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != '&') {
            m_scratch.append(raw.at(i));
            continue;
        }
        const qsizetype semicolon = raw.indexOf(';', i);
        appendEntity(raw.sliced(i + 1, semicolon - i - 1), !attribute, &m_scratch);
        i = semicolon;
    }
    *out = QString::fromUtf8(m_scratch);
    return true;
}

bool XmlScanner::readNextStartElement()
{
    for (;;) {
        const Token token = readNext();
        if (token == StartElement)
            return true;
        if (token != Characters)
            return false;
    }
}

QString XmlScanner::readElementText()
{
    QString result;
    if (!isStartElement())
        return result;
    for (;;) {
        switch (readNext()) {
        case Characters:
            if (result.isNull()) {
                decode(m_text, false, &result);
            } else {
                QString more;
                decode(m_text, false, &more);
                result += more;
            }
            break;
        case EndElement:
            return result;
        default: // a child element is an error: QXmlStreamReader reports it
            unsupportedHere();
            return result;
        }
    }
}

void XmlScanner::skipCurrentElement()
{
    for (int depth = 1; depth > 0;) {
        const Token token = readNext();
        if (token == EndElement)
            --depth;
        else if (token == StartElement)
            ++depth;
        else if (token != Characters)
            return;
    }
}

} // namespace billing::xlsx
