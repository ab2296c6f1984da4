#pragma once

#include "../MarketUsage.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace billing::server {

class Transactional;

// The sandbox's KooGallery usage-data API (--sandbox): checks each of a call's usage_records
// as KooGallery's validation job does, keeps the accepted ones in market_usage (record_key =
// metering_sn), and answers a metering_sn it already holds as a duplicate, not a second
// charge. Limits are those of the real API, measured against the call's sending time.
class HuaweiSandboxMarket
{
public:
    struct Answer {
        bool accepted = false;          // the call as a whole
        QString error;                  // why not
        QHash<QString, QString> result; // metering_sn -> "005 …" (duplicate) or a refusal
    };

    // A usage record whose end_time is older than this when reported has expired (KooGallery
    // documents no late-push limit; this one is the sandbox's).
    static constexpr qint64 kMaxAgeSeconds = 3 * 24 * 3600;
    static const QString kDuplicate; // "005"

    // Whether KooGallery knows the instance (a Huawei subscription of this server).
    using InstanceCheck = std::function<bool(const QString &instanceId)>;

    HuaweiSandboxMarket(const QSqlDatabase &db, Transactional &transactions,
                        InstanceCheck isInstance);

    Answer accept(const QJsonArray &usageRecords, const QDateTime &sentAt);
    // What the market holds, oldest first, each record as sent plus "acceptedAt".
    QJsonArray accepted(const QString &instanceId);

private:
    // Empty, or KooGallery's record-level code and why.
    QString problemOf(const QJsonObject &record, const QDateTime &sentAt);

    Transactional &m_transactions;
    InstanceCheck m_isInstance;
    MarketUsage m_usage;
};

} // namespace billing::server
