#include "ClaimCodes.h"

#include "ClaimCode.h"
#include "Clock.h"
#include "InstanceStore.h"
#include "Logging.h"
#include "SecureRandom.h"
#include "Transactional.h"

#include <QCryptographicHash>
#include <QUrl>
#include <QUrlQuery>

namespace billing::server {
namespace {
QByteArray hashOf(const QString &normalised)
{
    return QCryptographicHash::hash(normalised.toLatin1(), QCryptographicHash::Sha256).toHex();
}

ApiError invalidCode()
{
    return ApiError::make(ErrorCode::ClaimCodeInvalid,
                          QStringLiteral("The claim code is wrong, used or expired."),
                          {{QStringLiteral("code"), QStringLiteral("Wrong, used or expired.")}});
}
} // namespace

ClaimCodes::ClaimCodes(const QSqlDatabase &db, InstanceStore &instances,
                       Transactional &transactions, const Clock &clock)
    : m_instances(instances)
    , m_transactions(transactions)
    , m_clock(clock)
    , m_insert(db, QStringLiteral("INSERT INTO claim_codes (code_hash, instance_id, created_at, "
                                  "expires_at) VALUES (?,?,?,?)"))
    , m_find(db, QStringLiteral("SELECT instance_id, expires_at, used_at FROM claim_codes "
                                "WHERE code_hash = ?"))
    , m_use(db, QStringLiteral("UPDATE claim_codes SET used_at = ? WHERE code_hash = ? AND "
                               "used_at IS NULL"))
    , m_wrongCodes(clock, kMaxWrongCodes, kWrongCodeWindowSeconds)
{}

QString ClaimCodes::link(const QString &serverUrl, const QString &code)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("server"),
                       QString::fromLatin1(QUrl::toPercentEncoding(serverUrl)));
    query.addQueryItem(QStringLiteral("code"), code);
    return QStringLiteral("billingdesk://claim?") + query.query(QUrl::FullyEncoded);
}

QString ClaimCodes::issue(const QString &instanceId)
{
    const QString &alphabet = ClaimCode::alphabet();
    QString code;
    for (int i = 0; i < ClaimCode::kLength; ++i)
        code.append(alphabet.at(int(SecureRandom::uniform(quint32(alphabet.size())))));
    const QDateTime now = m_clock.now();
    m_insert.bind(0, hashOf(code))
        .bind(1, instanceId)
        .bind(2, SqlStatement::fromTime(now))
        .bind(3, SqlStatement::fromTime(now.addSecs(kLifetimeSeconds)))
        .exec();
    return ClaimCode::typing(code);
}

Outcome<StoredInstance> ClaimCodes::find(const QString &accountId, const QString &code,
                                         qint64 *retryAfter, QByteArray *hash)
{
    *retryAfter = m_wrongCodes.retryAfter(accountId);
    if (*retryAfter > 0) {
        return ApiError::make(ErrorCode::RateLimited,
                              QStringLiteral("Too many wrong claim codes; try again later."));
    }
    // What the user typed, as stored: upper-case, without the dash or spaces.
    const QString normalised = ClaimCode::parse(code).value;
    std::optional<StoredInstance> found;
    if (!normalised.isEmpty()) {
        *hash = hashOf(normalised);
        m_find.bind(0, *hash).exec();
        const bool usable =
            m_find.next() && m_find.value(2).isNull() && m_clock.now() < m_find.time(1);
        const QString instanceId = usable ? m_find.text(0) : QString();
        m_find.finish();
        if (usable)
            found = m_instances.findById(instanceId);
    }
    const bool takenByOther =
        found && !found->ownerAccountId.isEmpty() && found->ownerAccountId != accountId;
    if (!found || takenByOther || !found->instance.isLive()) {
        m_wrongCodes.recordFailure(accountId);
        qCInfo(lcMarketplace) << "claim code refused for account" << accountId;
        return invalidCode();
    }
    return *found;
}

Outcome<StoredInstance> ClaimCodes::preview(const QString &accountId, const QString &code,
                                            qint64 *retryAfter)
{
    QByteArray hash;
    return find(accountId, code, retryAfter, &hash);
}

Outcome<StoredInstance> ClaimCodes::claim(const QString &accountId, const QString &code,
                                          qint64 *retryAfter)
{
    TransactionGuard transaction(m_transactions);
    QByteArray hash;
    Outcome<StoredInstance> found = find(accountId, code, retryAfter, &hash);
    if (!found.ok())
        return found;
    StoredInstance &subscription = found.value();
    subscription.ownerAccountId = accountId;
    subscription.updatedAt = m_clock.now();
    m_instances.update(subscription);
    m_use.bind(0, SqlStatement::fromTime(subscription.updatedAt)).bind(1, hash).exec();
    transaction.commit();
    qCInfo(lcMarketplace) << billing::toWire(subscription.instance.marketplace) << "subscription"
                          << subscription.instance.instanceId << "claimed by account" << accountId;
    return found;
}

} // namespace billing::server
