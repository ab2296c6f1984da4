#include "SandboxInputs.h"

#include "AliyunIds.h"
#include "MarketplaceIds.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>

namespace billing {
namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::SandboxInputs)
};

QString randomDigits(int count)
{
    QString digits;
    // A leading non-zero digit keeps the value a plausible account number.
    digits += QChar(char16_t(u'1' + QRandomGenerator::global()->bounded(9)));
    while (digits.size() < count)
        digits += QChar(char16_t(u'0' + QRandomGenerator::global()->bounded(10)));
    return digits;
}

QString randomHex(int count)
{
    static const char hex[] = "0123456789abcdef";
    QString text;
    while (text.size() < count)
        text += QLatin1Char(hex[QRandomGenerator::global()->bounded(16)]);
    return text;
}

constexpr int kMaxQuantity = 1000000;
} // namespace

QString sampleValue(SandboxInput input)
{
    switch (input) {
    case SandboxInput::AliUid:
        return randomDigits(16);
    case SandboxInput::AwsAccountId:
        return randomDigits(12);
    case SandboxInput::HuaweiAccountId:
        return randomHex(32);
    case SandboxInput::PlanId:
        return QStringLiteral("standard");
    case SandboxInput::Quantity:
        return QStringLiteral("1");
    case SandboxInput::Trial:
        break;
    }
    return {};
}

QJsonValue inputValue(SandboxInput input, const QString &text, QString *problem)
{
    const QString trimmed = text.trimmed();
    problem->clear();
    switch (input) {
    case SandboxInput::AliUid: {
        const IdParseResult parsed = parseAliyunAccountId(trimmed);
        if (parsed.ok())
            return parsed.value;
        *problem = parsed.message();
        return QJsonValue::Undefined;
    }
    case SandboxInput::HuaweiAccountId: {
        const IdParseResult parsed = parseHuaweiAccountId(trimmed);
        if (parsed.ok())
            return parsed.value;
        *problem = parsed.message();
        return QJsonValue::Undefined;
    }
    case SandboxInput::AwsAccountId: {
        if (trimmed.isEmpty())
            return QJsonValue::Undefined;
        const bool digits =
            std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); });
        if (trimmed.size() == 12 && digits)
            return trimmed;
        *problem = Text::tr("An AWS account ID is 12 digits.");
        return QJsonValue::Undefined;
    }
    case SandboxInput::PlanId:
        if (!trimmed.isEmpty() && trimmed.size() <= 50)
            return trimmed;
        *problem = Text::tr("A plan ID is 1 to 50 characters.");
        return QJsonValue::Undefined;
    case SandboxInput::Quantity: {
        bool ok = false;
        const int quantity = trimmed.toInt(&ok);
        if (ok && quantity >= 1 && quantity <= kMaxQuantity)
            return quantity;
        *problem = Text::tr("The quantity is a whole number from 1 to %1.").arg(kMaxQuantity);
        return QJsonValue::Undefined;
    }
    case SandboxInput::Trial:
        return trimmed == u"true";
    }
    return QJsonValue::Undefined;
}

} // namespace billing
