#pragma once

#include "InstanceStore.h"
#include "SqlStatement.h"

namespace billing::server {

class SqliteInstanceStore : public InstanceStore
{
public:
    explicit SqliteInstanceStore(const QSqlDatabase &db);

    void insert(const StoredInstance &instance) override;
    void update(const StoredInstance &instance) override;
    std::optional<StoredInstance> findById(const QString &instanceId) override;
    std::optional<StoredInstance> findByOrderBizId(const QString &orderBizId) override;
    bool exists(const QString &instanceId) override;
    QList<StoredInstance> ofAccount(const QString &accountId) override;

private:
    static StoredInstance readRow(const SqlStatement &statement);
    std::optional<StoredInstance> readOne(SqlStatement &statement);
    void bindAll(SqlStatement &statement, const StoredInstance &stored);

    SqlStatement m_insert;
    SqlStatement m_update;
    SqlStatement m_byId;
    SqlStatement m_byOrder;
    SqlStatement m_ofAccount;
};

} // namespace billing::server
