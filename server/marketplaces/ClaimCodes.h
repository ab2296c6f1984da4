#pragma once

#include "LoginThrottle.h"
#include "Outcome.h"
#include "SqlStatement.h"
#include "StoredInstance.h"

namespace billing::server {

class Clock;
class InstanceStore;
class Transactional;

// Claim codes (marketplaces.md): an AWS or Azure buyer types no ID; the landing page shows a
// code that proves the claimer came through the marketplace (a ClaimCode: 8 characters
// shown XXXX-XXXX), valid 30 minutes, single use; only a hash is stored. Ten wrong codes per
// account in 15 minutes and the account must wait.
class ClaimCodes
{
public:
    static constexpr qint64 kLifetimeSeconds = 30 * 60;
    static constexpr int kMaxWrongCodes = 10;
    static constexpr qint64 kWrongCodeWindowSeconds = 15 * 60;

    ClaimCodes(const QSqlDatabase &db, InstanceStore &instances, Transactional &transactions,
               const Clock &clock);

    // A new code for the subscription (in the caller's transaction, if any).
    QString issue(const QString &instanceId);
    // billingdesk://claim?server=<serverUrl>&code=ABCD-EFGH
    static QString link(const QString &serverUrl, const QString &code);

    // The subscription the code names, claiming nothing; *retryAfter is set with a 429.
    Outcome<StoredInstance> preview(const QString &accountId, const QString &code,
                                    qint64 *retryAfter);
    // The subscription, now owned by the account; the code is used up.
    Outcome<StoredInstance> claim(const QString &accountId, const QString &code,
                                  qint64 *retryAfter);
    void forgetStale() { m_wrongCodes.forgetStale(); }

private:
    Outcome<StoredInstance> find(const QString &accountId, const QString &code, qint64 *retryAfter,
                                 QByteArray *hash);

    InstanceStore &m_instances;
    Transactional &m_transactions;
    const Clock &m_clock;
    SqlStatement m_insert;
    SqlStatement m_find;
    SqlStatement m_use;
    LoginThrottle m_wrongCodes; // keyed by account id
};

} // namespace billing::server
