#pragma once

#include <QByteArray>
#include <QString>

namespace billing {

// A CSV plan's bytes as UTF-8, whatever a spreadsheet saved them as.
struct DecodedPlanText {
    QByteArray utf8; // without a byte order mark
    // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" or "GBK". When the bytes are neither UTF-8
    // nor GB18030 (or GBK) this is "UTF-8" and utf8 holds them unchanged, so that the reader
    // reports each field that is not valid UTF-8 with its line and column.
    QString encoding;
    bool gb18030Refused = false; // the bytes were tried as GB18030 and GBK, and are neither
    QString error;               // set when a UTF-16 file does not decode; nothing else is read
    int errorLine = 1;
};

// Decoding: a UTF-8 or UTF-16 byte order mark decides; UTF-16 without one is recognised by
// the NULs of its ASCII header; otherwise valid UTF-8 is UTF-8, and bytes that are not are
// GB18030, else GBK (Excel's "CSV" on Chinese Windows), when they decode without error.
class PlanTextDecoder
{
public:
    static DecodedPlanText decode(const QByteArray &data);
};

} // namespace billing
