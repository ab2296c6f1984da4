#include "ChangeLookups.h"

#include "AccountStore.h"
#include "InstanceStore.h"

namespace billing::server {

ChangeLookups::ChangeLookups(InstanceStore &instances, AccountStore &accounts)
    : m_instances(instances)
    , m_accounts(accounts)
{}

std::optional<StoredInstance> ChangeLookups::instance(const QString &instanceId)
{
    if (instanceId.isEmpty())
        return std::nullopt;
    auto read = m_instancesRead.find(instanceId);
    if (read == m_instancesRead.end())
        read = m_instancesRead.insert(instanceId, m_instances.findById(instanceId));
    return *read;
}

void ChangeLookups::rememberAliUid(const QString &accountId, const QString &aliUid)
{
    const QString key = accountId + u'\n' + aliUid;
    if (m_uidsRemembered.contains(key))
        return;
    m_accounts.rememberAliUid(accountId, aliUid);
    m_uidsRemembered.insert(key);
}

} // namespace billing::server
