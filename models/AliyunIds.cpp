#include "AliyunIds.h"

#include <QCoreApplication>

#include <algorithm>

namespace billing {
namespace {
constexpr qsizetype kAccountIdDigits = 16;
constexpr qsizetype kInstanceIdMaxDigits = 19;

bool allAsciiDigits(QStringView text)
{
    return !text.isEmpty()
           && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

IdParseResult failure(IdError error, qsizetype digits = 0)
{
    return IdParseResult{QString(), error, digits};
}

// IdParseResult is a plain struct; this gives its messages the context lupdate files them under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::AliyunIds)
};
} // namespace

QString IdParseResult::message() const
{
    switch (error) {
    case IdError::None:
        return {};
    case IdError::Empty:
        return Text::tr("Required.");
    case IdError::NotDigits:
        return Text::tr("Use digits 0-9 only, without spaces or other characters.");
    case IdError::WrongLength:
        return Text::tr("An Alibaba Cloud Account ID has 16 digits; this one has %1.").arg(digits);
    case IdError::RamNameMissing:
        return Text::tr("A RAM account is written as name@UID; the name before @ is missing.");
    case IdError::LeadingZero:
        return Text::tr("A Product Instance ID is a positive number and does not start with 0.");
    case IdError::TooLong:
        return Text::tr("A Product Instance ID has at most 19 digits; this one has %1.")
            .arg(digits);
    case IdError::OutOfRange:
        return Text::tr("This number is too large to be a Product Instance ID.");
    case IdError::NotHex:
        return Text::tr("A Huawei Cloud Account ID uses the letters a-f and digits 0-9 only.");
    case IdError::WrongHexLength:
        return Text::tr("A Huawei Cloud Account ID has 32 characters; this one has %1.")
            .arg(digits);
    case IdError::BadCharacters:
        return Text::tr("Use at most 64 letters, digits, '-' or '_', without spaces.");
    case IdError::NotGuid:
        return Text::tr("An Azure subscription ID looks like "
                        "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (digits and a-f).");
    }
    return {};
}

IdParseResult parseAliyunAccountId(const QString &input)
{
    QStringView text = QStringView(input).trimmed();
    if (text.isEmpty())
        return failure(IdError::Empty);
    const qsizetype at = text.lastIndexOf(u'@');
    if (at >= 0) {
        if (text.left(at).trimmed().isEmpty())
            return failure(IdError::RamNameMissing);
        text = text.mid(at + 1);
        if (text.isEmpty())
            return failure(IdError::Empty);
    }
    if (!allAsciiDigits(text))
        return failure(IdError::NotDigits);
    if (text.size() != kAccountIdDigits)
        return failure(IdError::WrongLength, text.size());
    return IdParseResult{text.toString(), IdError::None, text.size()};
}

IdParseResult parseInstanceId(const QString &input)
{
    const QStringView text = QStringView(input).trimmed();
    if (text.isEmpty())
        return failure(IdError::Empty);
    if (!allAsciiDigits(text))
        return failure(IdError::NotDigits);
    if (text.front() == u'0')
        return failure(IdError::LeadingZero);
    if (text.size() > kInstanceIdMaxDigits)
        return failure(IdError::TooLong, text.size());
    bool fits = false;
    (void)text.toLongLong(&fits);
    if (!fits)
        return failure(IdError::OutOfRange, text.size());
    return IdParseResult{text.toString(), IdError::None, text.size()};
}

} // namespace billing
