#include "PlanTextDecoder.h"

#include "PlanLog.h"

#include <QCoreApplication>

#include <QStringDecoder>
#include <algorithm>

namespace billing {
namespace {
// The context lupdate files these messages under, whatever function they are in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::PlanReader)
};

enum class Utf16 { No, LittleEndian, BigEndian };

// UTF-16 without a byte order mark: the header is ASCII, so every other byte is a NUL.
Utf16 utf16ByNuls(const QByteArray &data)
{
    const qsizetype length = std::min<qsizetype>(data.size(), 16) & ~qsizetype(1);
    if (length < 4)
        return Utf16::No;
    bool little = true, big = true;
    for (qsizetype i = 0; i < length; i += 2) {
        const bool evenNul = data.at(i) == 0, oddNul = data.at(i + 1) == 0;
        little = little && !evenNul && oddNul;
        big = big && evenNul && !oddNul;
    }
    return little ? Utf16::LittleEndian : big ? Utf16::BigEndian : Utf16::No;
}

// Where decoding went wrong: the first replacement character or unpaired surrogate.
qsizetype firstInvalid(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar::ReplacementCharacter || c.isLowSurrogate())
            return i;
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return i;
            ++i;
        }
    }
    return text.size();
}

DecodedPlanText fromUtf16(QByteArrayView bytes, QStringConverter::Encoding encoding)
{
    DecodedPlanText text;
    text.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(encoding));
    // The BOM is gone already; a second one is text, as it is in UTF-8.
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless
                                         | QStringConverter::Flag::ConvertInitialBom);
    const QString decoded = decoder(bytes);
    if (bytes.size() % 2 != 0 || decoder.hasError() || !QStringView(decoded).isValidUtf16()) {
        const qsizetype bad = firstInvalid(decoded);
        text.errorLine = 1 + int(QStringView(decoded).left(bad).count(u'\n'));
        text.error = Text::tr("not valid %1 text (an odd number of bytes or an unpaired "
                              "surrogate); save the file from the spreadsheet again")
                         .arg(text.encoding);
        return text;
    }
    text.utf8 = decoded.toUtf8();
    return text;
}

// Invalid UTF-8 with more valid multi-byte characters than invalid bytes is UTF-8 with a
// few broken bytes: as GB18030 its Chinese text would turn into other Chinese characters.
bool mostlyUtf8(const QString &decoded)
{
    qsizetype invalid = 0, multiByte = 0;
    for (const QChar c : decoded) {
        if (c == QChar::ReplacementCharacter)
            ++invalid;
        else if (c.unicode() >= 0x80 && !c.isLowSurrogate())
            ++multiByte;
    }
    return multiByte > invalid;
}

DecodedPlanText decoded(const QByteArray &utf8, const QString &encoding)
{
    DecodedPlanText text;
    text.utf8 = utf8;
    text.encoding = encoding;
    return text;
}
} // namespace

DecodedPlanText PlanTextDecoder::decode(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return decoded(data.mid(3), QStringLiteral("UTF-8"));
    if (data.startsWith("\xFF\xFE"))
        return fromUtf16(QByteArrayView(data).sliced(2), QStringConverter::Utf16LE);
    if (data.startsWith("\xFE\xFF"))
        return fromUtf16(QByteArrayView(data).sliced(2), QStringConverter::Utf16BE);
    switch (utf16ByNuls(data)) {
    case Utf16::LittleEndian:
        return fromUtf16(data, QStringConverter::Utf16LE);
    case Utf16::BigEndian:
        return fromUtf16(data, QStringConverter::Utf16BE);
    case Utf16::No:
        break;
    }

    if (QByteArrayView(data).isValidUtf8())
        return decoded(data, QStringLiteral("UTF-8"));
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    if (mostlyUtf8(utf8(data)))
        return decoded(data, QStringLiteral("UTF-8"));
    // GBK is Windows code page 936, what Excel writes there: GB18030 less its four-byte
    // sequences, plus 0x80 for the euro sign, which GB18030 refuses.
    for (const char *name : {"GB18030", "GBK"}) {
        // Constructed in place and never moved: Qt 6.4's ICU converters keep the address
        // of their state.
        QStringDecoder decoder(name, QStringConverter::Flag::Stateless);
        if (!decoder.isValid()) {
            qCWarning(lcPlan) << "this Qt has no" << name << "decoder (built without ICU)";
            continue;
        }
        const QString text = decoder(data);
        if (!decoder.hasError())
            return decoded(text.toUtf8(), QString::fromLatin1(name));
    }
    DecodedPlanText text = decoded(data, QStringLiteral("UTF-8"));
    text.gb18030Refused = true;
    return text;
}

} // namespace billing
