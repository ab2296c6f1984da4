#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace billing::xlsx {

// A pull reader for the plain XML that spreadsheet applications write, read straight from its
// UTF-8 bytes: the part of QXmlStreamReader's interface that the sheet and string table parsers
// use, several times faster. It gives up (unsupported()) on anything outside that plain form:
// another encoding, a byte order mark, comments, processing instructions, CDATA, a DOCTYPE,
// entities other than the five predefined ones, prefixed elements, namespace declarations
// below the root, non-ASCII names, invalid UTF-8, and any XML error. What it reads up to there
// is what QXmlStreamReader reads; the caller then reads the part again with QXmlStreamReader,
// which gives the same tokens for the same bytes, and the errors.
class XmlScanner
{
public:
    enum Token { NoToken, StartElement, EndElement, Characters, EndDocument, Unsupported };

    // Looks up an attribute of the current start element by its qualified name.
    class Attributes
    {
    public:
        explicit Attributes(XmlScanner &scanner)
            : m_scanner(scanner)
        {}
        QStringView value(QLatin1StringView qualifiedName) const;

    private:
        XmlScanner &m_scanner;
    };

    explicit XmlScanner(QByteArrayView data);

    Token readNext();
    bool atEnd() const { return m_token == EndDocument || m_token == Unsupported; }
    bool unsupported() const { return m_token == Unsupported; }
    bool hasError() const { return false; } // errors are left to QXmlStreamReader
    bool isStartElement() const { return m_token == StartElement; }
    bool isEndElement() const { return m_token == EndElement; }
    QLatin1StringView name() const { return m_name; }
    Attributes attributes() { return Attributes(*this); }

    // As QXmlStreamReader's.
    bool readNextStartElement();
    QString readElementText();
    void skipCurrentElement();

private:
    struct Attribute {
        QByteArrayView name;
        QByteArrayView raw; // between the quotes, entities not yet replaced
        QString value;      // decoded on demand, its capacity kept between elements
        bool decoded = false;
    };

    Token unsupportedHere();
    bool readDeclaration();
    Token readStartTag();
    Token readEndTag();
    Token readText();
    bool readName(QByteArrayView *name);
    bool readAttributes(bool declaration);
    bool isDeclaredPrefix(QByteArrayView prefix) const;
    // Replaces entities and checks the characters of text or an attribute value; nothing when
    // it is not plain (then the scanner gives up).
    bool decode(QByteArrayView raw, bool attribute, QString *out);
    QStringView attributeValue(QLatin1StringView qualifiedName);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    Token m_token = NoToken;
    QLatin1StringView m_name;
    QByteArrayView m_text;   // the raw text of a Characters token
    bool m_declared = false; // the XML declaration has been read
    bool m_pendingEnd = false;
    bool m_rootClosed = false;
    QList<QByteArrayView> m_open; // element names from the root in
    QList<Attribute> m_attributes;
    qsizetype m_attributeCount = 0;
    QList<QByteArrayView> m_prefixes; // declared on the root, and xml
    QByteArray m_scratch;
};

} // namespace billing::xlsx
