#include "TsFile.h"

#include <QFile>
#include <QXmlStreamReader>

namespace billing::test {
namespace {
// Reads the <translation> the reader is on: its text, or its <numerusform>s.
QStringList readTranslation(QXmlStreamReader &xml, bool numerus)
{
    if (!numerus)
        return {xml.readElementText()};
    QStringList forms;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"numerusform")
            forms << xml.readElementText();
        else
            xml.skipCurrentElement();
    }
    return forms;
}
} // namespace

TsFile TsFile::read(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": ") + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            message.translations = readTranslation(xml, message.numerus);
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = path + QStringLiteral(": ") + xml.errorString();
    return ts;
}

} // namespace billing::test
