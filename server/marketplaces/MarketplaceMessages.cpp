#include "MarketplaceMessages.h"

namespace billing::server {

MarketplaceMessages::MarketplaceMessages(const QSqlDatabase &db)
    : m_seen(db, QStringLiteral("SELECT 1 FROM marketplace_messages WHERE marketplace = ? AND "
                                "message_id = ?"))
    , m_remember(db, QStringLiteral("INSERT INTO marketplace_messages (marketplace, "
                                    "message_id, received_at) VALUES (?,?,?) "
                                    "ON CONFLICT DO NOTHING"))
    , m_forget(db, QStringLiteral("DELETE FROM marketplace_messages WHERE marketplace = ? AND "
                                  "received_at < ?"))
{}

bool MarketplaceMessages::seen(SettlementMethod marketplace, const QString &messageId)
{
    m_seen.bind(0, billing::toWire(marketplace)).bind(1, messageId).exec();
    const bool found = m_seen.next();
    m_seen.finish();
    return found;
}

void MarketplaceMessages::remember(SettlementMethod marketplace, const QString &messageId,
                                   const QDateTime &at)
{
    m_remember.bind(0, billing::toWire(marketplace))
        .bind(1, messageId)
        .bind(2, SqlStatement::fromTime(at))
        .exec();
}

void MarketplaceMessages::forgetBefore(SettlementMethod marketplace, const QDateTime &before)
{
    m_forget.bind(0, billing::toWire(marketplace)).bind(1, SqlStatement::fromTime(before)).exec();
}

} // namespace billing::server
