#pragma once

#include "StoredInstance.h"

#include <QList>

#include <optional>

namespace billing::server {

// Every marketplace's subscriptions, found by id or by the marketplace's own key (orderBizId:
// Alibaba Cloud's, or the prefixed key of another marketplace).
class InstanceStore
{
public:
    virtual ~InstanceStore() = default;

    virtual void insert(const StoredInstance &instance) = 0;
    virtual void update(const StoredInstance &instance) = 0;
    virtual std::optional<StoredInstance> findById(const QString &instanceId) = 0;
    virtual std::optional<StoredInstance> findByOrderBizId(const QString &orderBizId) = 0;
    virtual bool exists(const QString &instanceId) = 0;
    // Those the account claimed, and those its workspaces are bound to.
    virtual QList<StoredInstance> ofAccount(const QString &accountId) = 0;
};

} // namespace billing::server
