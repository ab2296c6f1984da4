#pragma once

// Rows the metering code reads, written straight into a server database: marketplace
// instances, settled days and their bill lines (what the settlement engine writes).
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace billing::test::metering {

// Empty on success, else the SQL error.
inline QString run(QSqlQuery &query)
{
    return query.exec() ? QString() : query.lastError().text() + u": "_qs + query.lastQuery();
}

inline QString insertInstance(const QSqlDatabase &db, const QString &instanceId,
                              const QDateTime &releasedAt = {})
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO instances (instance_id, ali_uid, product_code, sku_id, "
                  "order_biz_id, order_id, status, trial, created_at, updated_at) "
                  "VALUES (?, '1234567890123456', 'cmgj00053362', 'cmgj00053362-sandbox', ?, "
                  "'100000001', ?, 0, 0, ?)"_qs);
    query.addBindValue(instanceId);
    query.addBindValue(QString(u"biz-"_qs + instanceId));
    query.addBindValue(releasedAt.isValid() ? u"released"_qs : u"opened"_qs);
    query.addBindValue(releasedAt.isValid() ? releasedAt.toSecsSinceEpoch() : qint64(0));
    return run(query);
}

// The account's part of the day settled; `whole`: every account's part is, and the watermark
// moves to the day.
inline QString insertSettledDay(const QSqlDatabase &db, const QString &accountId, const QDate &day,
                                bool whole = true)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO settled_days (account_id, day, settled_at, charged_cents) "
                  "VALUES (?, ?, 0, 0) ON CONFLICT DO NOTHING"_qs);
    query.addBindValue(accountId);
    query.addBindValue(day.toString(Qt::ISODate));
    QString error = run(query);
    if (error.isEmpty() && whole) {
        QSqlQuery watermark(db);
        // SQL both engines read: no two-argument max() (GREATEST on PostgreSQL).
        watermark.prepare(u"INSERT INTO settlement_watermark AS w (singleton, settled_through) "
                          "VALUES (1, ?) ON CONFLICT (singleton) DO UPDATE SET settled_through "
                          "= CASE WHEN excluded.settled_through > w.settled_through "
                          "THEN excluded.settled_through ELSE w.settled_through END"_qs);
        watermark.addBindValue(day.toString(Qt::ISODate));
        error = run(watermark);
    }
    return error;
}

struct Line {
    QString accountId;
    QDate day;
    qint64 workspaceSeq = 1;
    QString item;
    qint64 quantityE4 = 0;
    QString instanceId; // empty: paid by the Billing Center wallet
};

inline QString insertLine(const QSqlDatabase &db, const Line &line)
{
    const bool aliyun = !line.instanceId.isEmpty();
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO bill_lines (account_id, day, workspace_seq, workspace_id, "
        "workspace_name, site, item, quantity_e4, unit, unit_price_micros, currency, "
        "amount_cents, payer_method, payer_instance, status) "
        "VALUES (?, ?, ?, ?, 'metered', 'cn1', ?, ?, 1000000, 1200000, 'CNY', 1, ?, ?, ?)"_qs);
    query.addBindValue(line.accountId);
    query.addBindValue(line.day.toString(Qt::ISODate));
    query.addBindValue(line.workspaceSeq);
    query.addBindValue(u"ws_%1"_qs.arg(line.workspaceSeq, 16, 16, QLatin1Char('0')));
    query.addBindValue(line.item);
    query.addBindValue(line.quantityE4);
    query.addBindValue(aliyun ? u"aliyun"_qs : u"billing_center"_qs);
    query.addBindValue(aliyun ? line.instanceId : QStringLiteral("")); // not NULL
    query.addBindValue(aliyun ? u"pending_push"_qs : u"charged"_qs);
    return run(query);
}

// The statuses of an instance's lines of a day, sorted, joined by ','.
inline QString lineStatuses(const QSqlDatabase &db, const QString &instanceId, const QDate &day)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT status FROM bill_lines WHERE payer_instance = ? AND day = ? "
                  "ORDER BY status"_qs);
    query.addBindValue(instanceId);
    query.addBindValue(day.toString(Qt::ISODate));
    QStringList statuses;
    if (query.exec()) {
        while (query.next())
            statuses << query.value(0).toString();
    }
    return statuses.join(u',');
}

// The first second of a billing day (Beijing time, UTC+8), in UTC.
inline QDateTime beijingMidnight(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

} // namespace billing::test::metering
