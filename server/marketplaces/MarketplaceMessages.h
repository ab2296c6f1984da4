#pragma once

#include "SqlStatement.h"

#include <SettlementMethod.h>

#include <QDateTime>

namespace billing::server {

// The callbacks each marketplace has already delivered (an SNS MessageId, a Huawei nonce, an
// Azure operation id): a replayed one is answered without being applied again. Call
// remember() in the transaction that applies the callback, so a refused or failed one is not
// remembered.
class MarketplaceMessages
{
public:
    explicit MarketplaceMessages(const QSqlDatabase &db);

    bool seen(SettlementMethod marketplace, const QString &messageId);
    void remember(SettlementMethod marketplace, const QString &messageId, const QDateTime &at);
    // Ids received before `before` (a marketplace whose callbacks expire sooner needs no more).
    void forgetBefore(SettlementMethod marketplace, const QDateTime &before);

private:
    SqlStatement m_seen;
    SqlStatement m_remember;
    SqlStatement m_forget;
};

} // namespace billing::server
