#include "MarketplaceIds.h"

#include <QRegularExpression>

#include <algorithm>

namespace billing {
namespace {
constexpr qsizetype kHuaweiAccountIdLength = 32;
constexpr qsizetype kTokenMaxLength = 64;

IdParseResult failure(IdError error, qsizetype length = 0)
{
    return IdParseResult{QString(), error, length};
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

bool isTokenCharacter(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
           || c == u'-' || c == u'_';
}
} // namespace

IdParseResult parseHuaweiAccountId(const QString &input)
{
    const QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return failure(IdError::Empty);
    if (!std::all_of(text.begin(), text.end(), isHexDigit))
        return failure(IdError::NotHex);
    if (text.size() != kHuaweiAccountIdLength)
        return failure(IdError::WrongHexLength, text.size());
    return IdParseResult{text, IdError::None, text.size()};
}

IdParseResult parseMarketplaceToken(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failure(IdError::Empty);
    if (text.size() > kTokenMaxLength || !std::all_of(text.begin(), text.end(), isTokenCharacter))
        return failure(IdError::BadCharacters, text.size());
    return IdParseResult{text, IdError::None, text.size()};
}

IdParseResult parseAzureSubscriptionId(const QString &input)
{
    QString text = input.trimmed().toLower();
    if (text.startsWith(u'{') && text.endsWith(u'}'))
        text = text.mid(1, text.size() - 2);
    if (text.isEmpty())
        return failure(IdError::Empty);
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    if (!guid.match(text).hasMatch())
        return failure(IdError::NotGuid, text.size());
    return IdParseResult{text, IdError::None, text.size()};
}

} // namespace billing
