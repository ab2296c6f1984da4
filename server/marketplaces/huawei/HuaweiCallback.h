#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace billing::server {

enum class HuaweiActivity {
    NewInstance,
    RefreshInstance,
    UpdateInstanceStatus,
    ReleaseInstance,
    QueryInstance
};

enum class HuaweiRefreshScene { TrialToFormal, Renewal, UnsubscribeRenewalPeriod, RenewalChange };

// One KooGallery callback body (interface version 2), read and checked. Only the fields of
// its activity are set.
struct HuaweiCallback {
    static constexpr int kMaxQueriedInstances = 100;

    HuaweiActivity activity = HuaweiActivity::NewInstance;
    QString instanceId;      // refreshInstance, updateInstanceStatus, releaseInstance
    QStringList instanceIds; // queryInstance: 1-100, in the order asked, without repeats
    QString orderId;         // newInstance, refreshInstance; releaseInstance: the refund order
    QString orderLineId;
    QString businessId;
    QString huaweiAccountId; // newInstance's customerId, lower-case
    QString productId;
    QString skuCode;
    QDateTime expireTime; // UTC; newInstance may leave it out
    bool trial = false;
    HuaweiRefreshScene scene = HuaweiRefreshScene::Renewal;
    bool freeze = false; // updateInstanceStatus: FREEZE, else UNFREEZE
    QJsonObject extra;   // newInstance: every other field, kept for audit
};

// The body, or nullopt with *error saying which field is missing or wrong (result 000002).
std::optional<HuaweiCallback> parseHuaweiCallback(const QByteArray &body, QString *error);

// KooGallery's times: yyyyMMddHHmmss in UTC; the 17-digit form with milliseconds that its
// samples show is accepted too (the milliseconds are dropped).
QDateTime parseHuaweiTime(const QString &text);
QString formatHuaweiTime(const QDateTime &time);

QString toWire(HuaweiActivity activity);
QString toWire(HuaweiRefreshScene scene);

} // namespace billing::server
