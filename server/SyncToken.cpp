#include "SyncToken.h"

#include <QRegularExpression>

namespace billing::server {

QString SyncToken::encode() const
{
    return QStringLiteral("s1.%1.%2.%3").arg(epoch).arg(value).arg(issuedAt.toSecsSinceEpoch());
}

std::optional<SyncToken> SyncToken::decode(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^s1\.([0-9a-f]{16})\.([0-9]{1,18})\.([0-9]{1,12})$)"));
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return SyncToken{match.captured(1), match.captured(2).toLongLong(),
                     QDateTime::fromSecsSinceEpoch(match.captured(3).toLongLong(), Qt::UTC)};
}

QString SyncToken::problem(const SyncToken &given, const SyncToken &current)
{
    if (given.epoch != current.epoch)
        return QStringLiteral("This sync token belongs to another database; load the "
                              "workspaces in full.");
    if (given.value > current.value)
        return QStringLiteral("This sync token was never handed out; load the workspaces in "
                              "full.");
    if (given.issuedAt.secsTo(current.issuedAt) > kLifetimeSeconds)
        return QStringLiteral("This sync token is older than 30 days; load the workspaces in "
                              "full.");
    return {};
}

} // namespace billing::server
