#include "SqliteInstanceStore.h"

#include <QJsonDocument>

namespace billing::server {
namespace {
const QString kColumns = QStringLiteral(
    "ali_uid, product_code, sku_id, order_biz_id, order_id, status, trial, expired_on, template, "
    "extra, created_at, updated_at, instance_id");
} // namespace

SqliteInstanceStore::SqliteInstanceStore(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral("INSERT INTO instances (") + kColumns
                       + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"))
    , m_update(db, QStringLiteral("UPDATE instances SET ali_uid = ?, product_code = ?, sku_id = ?, "
                                  "order_biz_id = ?, order_id = ?, status = ?, trial = ?, "
                                  "expired_on = ?, template = ?, extra = ?, created_at = ?, "
                                  "updated_at = ? WHERE instance_id = ?"))
    , m_byId(db, QStringLiteral("SELECT ") + kColumns
                     + QStringLiteral(" FROM instances WHERE instance_id = ?"))
    , m_byOrder(db, QStringLiteral("SELECT ") + kColumns
                        + QStringLiteral(" FROM instances WHERE order_biz_id = ?"))
{}

void SqliteInstanceStore::bindAll(SqlStatement &statement, const StoredInstance &stored)
{
    const AliyunInstance &instance = stored.instance;
    statement.bind(0, instance.aliUid)
        .bind(1, instance.productCode)
        .bind(2, instance.skuId)
        .bind(3, instance.orderBizId)
        .bind(4, stored.orderId)
        .bind(5, toWire(instance.status))
        .bind(6, instance.trial ? 1 : 0)
        .bind(7, SqlStatement::fromTime(instance.expiredOn))
        .bind(8, stored.templateName)
        .bind(9, QString::fromUtf8(QJsonDocument(stored.extra).toJson(QJsonDocument::Compact)))
        .bind(10, SqlStatement::fromTime(stored.createdAt))
        .bind(11, SqlStatement::fromTime(stored.updatedAt))
        .bind(12, instance.instanceId);
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

std::optional<StoredInstance> SqliteInstanceStore::readOne(SqlStatement &statement)
{
    statement.exec();
    std::optional<StoredInstance> found;
    if (statement.next()) {
        StoredInstance stored;
        AliyunInstance &instance = stored.instance;
        instance.aliUid = statement.text(0);
        instance.productCode = statement.text(1);
        instance.skuId = statement.text(2);
        instance.orderBizId = statement.text(3);
        stored.orderId = statement.text(4);
        instance.status =
            instanceStatusFromWire(statement.text(5)).value_or(InstanceStatus::Released);
        instance.trial = statement.integer(6) != 0;
        instance.expiredOn = statement.time(7);
        stored.templateName = statement.text(8);
        stored.extra = QJsonDocument::fromJson(statement.text(9).toUtf8()).object();
        stored.createdAt = statement.time(10);
        stored.updatedAt = statement.time(11);
        instance.instanceId = statement.text(12);
        found = stored;
    }
    statement.finish();
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
