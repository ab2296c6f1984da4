#include "SqliteInstanceStore.h"

#include <QJsonDocument>

namespace billing::server {
namespace {
const QString kColumns = QStringLiteral(
    "ali_uid, product_code, sku_id, order_biz_id, order_id, status, trial, expired_on, template, "
    "extra, created_at, updated_at, marketplace, customer, plan_id, owner_account_id, pending, "
    "instance_id");

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

SqliteInstanceStore::SqliteInstanceStore(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral("INSERT INTO instances (") + kColumns
                       + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"))
    , m_update(db, QStringLiteral("UPDATE instances SET ali_uid = ?, product_code = ?, sku_id = ?, "
                                  "order_biz_id = ?, order_id = ?, status = ?, trial = ?, "
                                  "expired_on = ?, template = ?, extra = ?, created_at = ?, "
                                  "updated_at = ?, marketplace = ?, customer = ?, plan_id = ?, "
                                  "owner_account_id = ?, pending = ? WHERE instance_id = ?"))
    , m_byId(db, QStringLiteral("SELECT ") + kColumns
                     + QStringLiteral(" FROM instances WHERE instance_id = ?"))
    , m_byOrder(db, QStringLiteral("SELECT ") + kColumns
                        + QStringLiteral(" FROM instances WHERE order_biz_id = ?"))
    , m_ofAccount(db, QStringLiteral("SELECT ") + kColumns
                          + QStringLiteral(" FROM instances WHERE owner_account_id = ?1 OR "
                                           "instance_id IN (SELECT instance_id FROM workspaces "
                                           "WHERE account_id = ?1 AND instance_id IS NOT NULL) "
                                           "ORDER BY created_at, instance_id"))
{}

void SqliteInstanceStore::bindAll(SqlStatement &statement, const StoredInstance &stored)
{
    const MarketplaceSubscription &instance = stored.instance;
    // A pending subscription is stored `opened` (see SchemaMigrations version 4).
    const bool pending = instance.status == InstanceStatus::Pending;
    statement.bind(0, instance.customerAccount())
        .bind(1, instance.productCode)
        .bind(2, instance.skuId)
        .bind(3, instance.orderBizId)
        .bind(4, stored.orderId)
        .bind(5, toWire(pending ? InstanceStatus::Opened : instance.status))
        .bind(6, instance.trial ? 1 : 0)
        .bind(7, SqlStatement::fromTime(instance.expiredOn))
        .bind(8, stored.templateName)
        .bind(9, compact(stored.extra))
        .bind(10, SqlStatement::fromTime(stored.createdAt))
        .bind(11, SqlStatement::fromTime(stored.updatedAt))
        .bind(12, billing::toWire(instance.marketplace))
        .bind(13, compact(instance.customer))
        .bind(14, instance.planId)
        .bind(15, SqlStatement::textOrNull(stored.ownerAccountId))
        .bind(16, pending ? 1 : 0)
        .bind(17, instance.instanceId);
}

void SqliteInstanceStore::insert(const StoredInstance &instance)
{
    bindAll(m_insert, instance);
    m_insert.exec();
}

void SqliteInstanceStore::update(const StoredInstance &instance)
{
    bindAll(m_update, instance);
    m_update.exec();
}

StoredInstance SqliteInstanceStore::readRow(const SqlStatement &statement)
{
    StoredInstance stored;
    MarketplaceSubscription &instance = stored.instance;
    instance.marketplace =
        settlementMethodFromWire(statement.text(12)).value_or(SettlementMethod::Aliyun);
    if (instance.marketplace == SettlementMethod::Aliyun)
        instance.aliUid = statement.text(0);
    instance.productCode = statement.text(1);
    instance.skuId = statement.text(2);
    instance.orderBizId = statement.text(3);
    stored.orderId = statement.text(4);
    instance.status = instanceStatusFromWire(statement.text(5)).value_or(InstanceStatus::Released);
    if (statement.integer(16) != 0 && instance.status == InstanceStatus::Opened)
        instance.status = InstanceStatus::Pending;
    instance.trial = statement.integer(6) != 0;
    instance.expiredOn = statement.time(7);
    stored.templateName = statement.text(8);
    stored.extra = QJsonDocument::fromJson(statement.text(9).toUtf8()).object();
    stored.createdAt = statement.time(10);
    stored.updatedAt = statement.time(11);
    instance.customer = QJsonDocument::fromJson(statement.text(13).toUtf8()).object();
    if (instance.marketplace == SettlementMethod::Aliyun)
        instance.customer = {{QStringLiteral("aliUid"), instance.aliUid}};
    instance.planId = statement.text(14);
    stored.ownerAccountId = statement.text(15);
    instance.instanceId = statement.text(17);
    return stored;
}

std::optional<StoredInstance> SqliteInstanceStore::readOne(SqlStatement &statement)
{
    statement.exec();
    std::optional<StoredInstance> found;
    if (statement.next())
        found = readRow(statement);
    statement.finish();
    return found;
}

QList<StoredInstance> SqliteInstanceStore::ofAccount(const QString &accountId)
{
    m_ofAccount.bind(0, accountId).exec();
    QList<StoredInstance> found;
    while (m_ofAccount.next())
        found.append(readRow(m_ofAccount));
    m_ofAccount.finish();
    return found;
}

std::optional<StoredInstance> SqliteInstanceStore::findById(const QString &instanceId)
{
    m_byId.bind(0, instanceId);
    return readOne(m_byId);
}

std::optional<StoredInstance> SqliteInstanceStore::findByOrderBizId(const QString &orderBizId)
{
    m_byOrder.bind(0, orderBizId);
    return readOne(m_byOrder);
}

bool SqliteInstanceStore::exists(const QString &instanceId)
{
    return findById(instanceId).has_value();
}

} // namespace billing::server
