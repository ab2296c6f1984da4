#pragma once

#include "HuaweiCallback.h"
#include "HuaweiReply.h"
#include "StoredInstance.h"

#include <functional>
#include <optional>

namespace billing::server {

class MarketplaceService;

// What each authenticated KooGallery callback does to the subscription it names, through the
// lifecycle every marketplace shares (MarketplaceService). Every activity is safe to repeat.
class HuaweiInstanceActions
{
public:
    HuaweiInstanceActions(MarketplaceService &marketplace, std::function<QString()> publicUrl);

    HuaweiReply apply(const HuaweiCallback &callback);

    static QString orderKey(const QString &orderId, const QString &orderLineId);

private:
    HuaweiReply newInstance(const HuaweiCallback &callback);
    HuaweiReply refresh(const HuaweiCallback &callback);
    HuaweiReply updateStatus(const HuaweiCallback &callback);
    HuaweiReply release(const HuaweiCallback &callback);
    HuaweiReply query(const HuaweiCallback &callback);
    // A Huawei subscription (another marketplace's id is not found here either).
    std::optional<StoredInstance> find(const QString &instanceId);
    QString newInstanceId();

    MarketplaceService &m_marketplace;
    std::function<QString()> m_publicUrl;
};

} // namespace billing::server
