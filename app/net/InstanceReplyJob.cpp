#include "InstanceReplyJob.h"

#include <QJsonObject>

namespace billing {

bool InstanceReplyJob::parseSuccess(int, const QJsonDocument &body)
{
    const auto instance = aliyunInstanceFromJson(body.object());
    if (instance)
        m_instance = *instance;
    return instance.has_value();
}

} // namespace billing
