#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace billing {

enum class InstanceStatus { Opened, Expired, Released };

QString toWire(InstanceStatus status);
std::optional<InstanceStatus> instanceStatusFromWire(const QString &wire);

// An Alibaba Cloud Marketplace product instance (one subscription).
struct AliyunInstance {
    QString instanceId;
    QString aliUid;
    QString productCode;
    QString skuId;
    QString orderBizId;
    InstanceStatus status = InstanceStatus::Opened;
    bool trial = false;
    QDateTime expiredOn;
    int boundWorkspaces = 0;

    // An expired instance is still a live subscription; a released one is over.
    bool isLive() const { return status != InstanceStatus::Released; }
};

QJsonObject toJson(const AliyunInstance &instance);
std::optional<AliyunInstance> aliyunInstanceFromJson(const QJsonObject &object,
                                                     QString *error = nullptr);

} // namespace billing
