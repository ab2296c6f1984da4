#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace billing::server {

// One Alibaba Cloud Marketplace metering record (billing.md, "Reporting usage to the
// marketplace"): what one instance paid for on one billing day, pushed like PushMeteringData.
struct MeteringEntity {
    QString key;   // item code
    QString value; // the day's summed quantity, as a bill line writes it ("6000", "0.5")
};

enum class MeteringStatus { PendingPush, Pushed, PushFailed };

QString toWire(MeteringStatus status);
MeteringStatus meteringStatusFromWire(const QString &wire); // unknown text: PendingPush

struct MeteringRecord {
    qint64 seq = 0;
    QString accountId;
    QString instanceId;
    QDate day;
    qint64 startTime = 0; // Unix seconds, the billing day's first second
    qint64 endTime = 0;   // Unix seconds, the next billing day's first second
    QList<MeteringEntity> entities;
    MeteringStatus status = MeteringStatus::PendingPush;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime deadline; // the end of the next billing day
    QString lastError;
    QDateTime pushedAt;

    // The marketplace's record: {"InstanceId","StartTime","EndTime","Entities":[{"Key","Value"}]}.
    QJsonObject toMarketJson() const;
    // The account's view (GET /api/v1/marketplace/aliyun/metering).
    QJsonObject toJson() const;
};

QJsonArray entitiesJson(const QList<MeteringEntity> &entities);
QList<MeteringEntity> entitiesFromJson(const QJsonArray &array);

} // namespace billing::server
