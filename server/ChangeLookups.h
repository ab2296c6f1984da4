#pragma once

#include "StoredInstance.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace billing::server {

class AccountStore;
class InstanceStore;

// What applying settlement changes reads and writes besides the workspaces: the subscriptions
// they name, and the Alibaba Cloud accounts an account has used. A batch of 1 000 changes
// names a few of each a thousand times; within its one transaction none of them changes, so
// each is read once and remembered once. Lives for one transaction.
class ChangeLookups
{
public:
    ChangeLookups(InstanceStore &instances, AccountStore &accounts);

    // None for an empty id or an unknown subscription.
    std::optional<StoredInstance> instance(const QString &instanceId);
    void rememberAliUid(const QString &accountId, const QString &aliUid);

private:
    InstanceStore &m_instances;
    AccountStore &m_accounts;
    QHash<QString, std::optional<StoredInstance>> m_instancesRead;
    QSet<QString> m_uidsRemembered; // account id and uid, joined by a newline
};

} // namespace billing::server
