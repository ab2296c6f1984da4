#pragma once

#include "StoredInstance.h"

#include <optional>

namespace billing::server {

// Alibaba Cloud Marketplace instances, found by id or by the marketplace's orderBizId.
class InstanceStore
{
public:
    virtual ~InstanceStore() = default;

    virtual void insert(const StoredInstance &instance) = 0;
    virtual void update(const StoredInstance &instance) = 0;
    virtual std::optional<StoredInstance> findById(const QString &instanceId) = 0;
    virtual std::optional<StoredInstance> findByOrderBizId(const QString &orderBizId) = 0;
    virtual bool exists(const QString &instanceId) = 0;
};

} // namespace billing::server
