#pragma once

#include <QJsonObject>
#include <QString>

namespace billing::server {

// KooGallery's result codes; the reply is HTTP 200 whatever the code (the marketplace retries
// anything but 000000 for hours).
enum class HuaweiResult { Ok, AuthenticationFailed, BadParameters, InstanceNotFound, Internal };

struct HuaweiReply {
    HuaweiResult result = HuaweiResult::Ok;
    QString message;
    QJsonObject extra; // newInstance: instanceId; queryInstance: info

    static HuaweiReply ok(QJsonObject extra = {})
    {
        return {HuaweiResult::Ok, QStringLiteral("success"), std::move(extra)};
    }
    static HuaweiReply failure(HuaweiResult result, const QString &message)
    {
        return {result, message, {}};
    }

    static QString code(HuaweiResult result)
    {
        switch (result) {
        case HuaweiResult::Ok:
            return QStringLiteral("000000");
        case HuaweiResult::AuthenticationFailed:
            return QStringLiteral("000001");
        case HuaweiResult::BadParameters:
            return QStringLiteral("000002");
        case HuaweiResult::InstanceNotFound:
            return QStringLiteral("000003");
        case HuaweiResult::Internal:
            break;
        }
        return QStringLiteral("000005");
    }

    // {"resultCode","resultMsg", …extra}
    QJsonObject toJson() const
    {
        QJsonObject object = extra;
        object.insert(QStringLiteral("resultCode"), code(result));
        object.insert(QStringLiteral("resultMsg"), message);
        return object;
    }
};

} // namespace billing::server
