// XlsxXmlScanner (issue 21): on the plain XML spreadsheet applications write it gives the
// tokens, names, attributes and texts QXmlStreamReader gives; on anything else it gives up, so
// that QXmlStreamReader reads the part instead (and reports its errors).
#include "XlsxSheetParser.h"
#include "XlsxXmlScanner.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace billing;
using xlsx::XmlScanner;

namespace {
const QByteArray kDeclaration = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                                "\n";

// What a reader reports of the document: one line per start element (name, r, t and the
// text of <v>, <t> and <si>) and end element.
template <typename Xml> QStringList tokensOf(Xml &xml)
{
    QStringList tokens;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            const auto attributes = xml.attributes();
            tokens.append(u'<' + name + u" r=" + attributes.value(QLatin1String("r")).toString()
                          + u" t=" + attributes.value(QLatin1String("t")).toString());
            if (name == u"v" || name == u"t")
                tokens.append(u"text " + xml.readElementText());
            else if (name == u"si")
                tokens.append(u"rich " + xlsx::readRichText(xml));
        } else if (xml.isEndElement()) {
            tokens.append(u"</" + xml.name().toString());
        }
    }
    return tokens;
}
} // namespace

class TestXlsxXmlScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQXmlStreamReader_data();
    void sameAsQXmlStreamReader();
    void givesUp_data();
    void givesUp();
};

void TestXlsxXmlScanner::sameAsQXmlStreamReader_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("cells") << kDeclaration
                                  + R"(<worksheet xmlns="urn:main" xmlns:r="urn:r"><sheetData>)"
                                    R"(<row r="1" spans="1:2"><c r="A1" s="2" t="s"><v>0</v></c>)"
                                    R"(<c r='B1'><f>A1</f><v> 12.5 </v></c><c r="C1"/></row>)"
                                    R"(</sheetData></worksheet>)";
    QTest::newRow("entities and UTF-8")
        << kDeclaration
               + "<sst count=\"2\"><si><t xml:space=\"preserve\"> &lt;a&amp;b&gt; &quot;&apos;"
                 "&#65;&#x4e2d;</t></si><si><r><t>\xe5\xb7\xa5</t></r><rPh><t>x</t></rPh>"
                 "<r><t>\xf0\x9f\x98\x80\n\t</t></r></si></sst>";
    QTest::newRow("prefixed attributes")
        << kDeclaration
               + R"(<worksheet xmlns="urn:main" xmlns:mc="urn:mc" xmlns:x14ac="urn:x14ac" )"
                 R"(mc:Ignorable="x14ac"><row r="1" x14ac:dyDescent="0.25" ><c r="A1">)"
                 R"(<is><t>a</t></is></c></row ></worksheet>)"
               + "\n";
    QTest::newRow("no standalone")
        << QByteArray(R"(<?xml version="1.0" encoding="utf-8"?>)") + "<a><b/></a>";
}

void TestXlsxXmlScanner::sameAsQXmlStreamReader()
{
    QFETCH(QByteArray, xml);
    QXmlStreamReader qt(xml);
    const QStringList expected = tokensOf(qt);
    QVERIFY2(!qt.hasError(), qPrintable(qt.errorString()));
    XmlScanner scanner(xml);
    const QStringList tokens = tokensOf(scanner);
    QVERIFY(!scanner.unsupported());
    QCOMPARE(tokens, expected);
}

void TestXlsxXmlScanner::givesUp_data()
{
    QTest::addColumn<QByteArray>("xml");
    const QByteArray open = kDeclaration + "<sst xmlns=\"urn:main\"><si><t>";
    const QByteArray close = "</t></si></sst>";
    QTest::newRow("no declaration") << QByteArray("<sst/>");
    QTest::newRow("byte order mark") << "\xef\xbb\xbf" + kDeclaration + "<sst/>";
    QTest::newRow("UTF-16") << QByteArray(R"(<?xml version="1.0" encoding="UTF-16"?><a/>)");
    QTest::newRow("comment") << open + "<!-- x -->" + close;
    QTest::newRow("CDATA") << open + "<![CDATA[x]]>" + close;
    QTest::newRow("processing instruction") << kDeclaration + "<?pi x?><sst/>";
    QTest::newRow("DOCTYPE") << kDeclaration + "<!DOCTYPE sst><sst/>";
    QTest::newRow("other entity") << open + "&nbsp;" + close;
    QTest::newRow("character reference 0") << open + "&#0;" + close;
    QTest::newRow("carriage return") << open + "a\r\nb" + close;
    QTest::newRow("control character") << open + "a\x01" + close;
    QTest::newRow("invalid UTF-8") << open + "a\xff" + close;
    QTest::newRow("U+FFFE") << open + "\xef\xbf\xbe" + close;
    QTest::newRow("]]>") << open + "a]]>b" + close;
    QTest::newRow("prefixed element") << kDeclaration + "<x:sst xmlns:x=\"urn:x\"/>";
    QTest::newRow("undeclared prefix") << kDeclaration + "<sst q:a=\"1\"/>";
    QTest::newRow("declaration below the root")
        << kDeclaration + "<sst><si xmlns:q=\"urn:q\"/></sst>";
    QTest::newRow("repeated attribute") << kDeclaration + "<sst a=\"1\" a=\"2\"/>";
    QTest::newRow("< in a value") << kDeclaration + "<sst a=\"<\"/>";
    QTest::newRow("tab in a value") << kDeclaration + "<sst a=\"\t\"/>";
    QTest::newRow("mismatched tags") << open + "</si>" + close;
    QTest::newRow("element in <t>") << open + "<b/>" + close;
    QTest::newRow("unclosed") << kDeclaration + "<sst><si>";
    QTest::newRow("text after the root") << kDeclaration + "<sst/>x";
    QTest::newRow("second root") << kDeclaration + "<sst/><sst/>";
    QTest::newRow("non-ASCII name") << kDeclaration + "<s\xc3\xa9/>";
}

void TestXlsxXmlScanner::givesUp()
{
    QFETCH(QByteArray, xml);
    XmlScanner scanner(xml);
    tokensOf(scanner);
    QVERIFY(scanner.unsupported());
}

QTEST_GUILESS_MAIN(TestXlsxXmlScanner)
#include "tst_xlsxxmlscanner.moc"
