#include "BillStatements.h"

#include "BillText.h"
#include "BillingDay.h"
#include "Paging.h"

#include <ExactDecimal.h>
#include <WorkspaceJsonWriter.h>

#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <map>

namespace billing::server {
namespace {
const QString kBillingCenter = QStringLiteral("billing_center");

struct Sum {
    qint64 cents = 0;
    qint64 quantityE4 = 0;
};

QDate lastDayOf(const QDate &month)
{
    return month.addMonths(1).addDays(-1);
}

int statusRank(const QString &status)
{
    if (status == u"push_failed")
        return 2;
    if (status == u"pending_push")
        return 1;
    return 0;
}

QJsonObject byItemObject(const QMap<QString, qint64> &cents)
{
    QJsonObject object;
    for (auto it = cents.cbegin(); it != cents.cend(); ++it)
        object.insert(it.key(), money::amountText(it.value()));
    return object;
}
} // namespace

BillStatements::BillStatements(const QSqlDatabase &db, const BillingCatalogue &catalogue)
    : m_catalogue(catalogue)
    , m_watermark(db)
    , m_dayTotals(db, QStringLiteral("SELECT day, payer_method, payer_instance, site, item, "
                                     "amount_cents, quantity_e4 FROM bill_day_totals "
                                     "WHERE account_id = ? AND day >= ? AND day <= ?"))
    // By instance and day only: an instance that pays for several accounts has one record a
    // day, and its status holds for each of them.
    , m_metering(db, QStringLiteral("SELECT status FROM metering_records WHERE instance_id = ? "
                                    "AND day >= ? AND day <= ?"))
    // An instance released before the day gets no record; its lines say push_failed.
    , m_failedLines(db, QStringLiteral("SELECT 1 FROM bill_lines WHERE payer_instance = ? "
                                       "AND payer_instance <> '' AND day >= ? AND day <= ? "
                                       "AND account_id = ? AND status = 'push_failed' LIMIT 1"))
    , m_workspaceRows(
          db, QStringLiteral("SELECT m.workspace_seq, w.id, w.name, w.site, m.item, "
                             "m.amount_cents FROM bill_workspace_months m "
                             "JOIN workspaces w ON w.seq = m.workspace_seq "
                             "WHERE m.account_id = ? AND m.month = ? AND m.workspace_seq > ? "
                             "ORDER BY m.workspace_seq, m.item"))
    , m_workspaceCount(db, QStringLiteral("SELECT count(DISTINCT workspace_seq) FROM "
                                          "bill_workspace_months WHERE account_id = ? "
                                          "AND month = ?"))
    , m_nextLineDay(db, QStringLiteral("SELECT min(day) FROM bill_lines WHERE account_id = ? "
                                       "AND day > ? AND day <= ?"))
    // A day being settled, within a page's workspaces (the lines' unique index: one range).
    , m_unsettledLines(db,
                       QStringLiteral("SELECT workspace_seq, item, amount_cents FROM bill_lines "
                                      "WHERE account_id = ? AND day = ? AND workspace_seq > ? "
                                      "AND workspace_seq <= ?"))
{
    if (!SqlStatement::isPostgres(db))
        m_dataVersion = std::make_unique<SqlStatement>(db, QStringLiteral("PRAGMA data_version"));
}

QString BillStatements::lastSettledDay(const QDate &month)
{
    const QDate watermark = m_watermark.settledThrough();
    if (!watermark.isValid() || watermark < month)
        return {};
    return billingday::text(std::min(watermark, lastDayOf(month)));
}

QStringList BillStatements::unsettledDays(const QString &accountId, const QDate &month,
                                          const QString &lastSettled)
{
    QStringList days;
    QString after = lastSettled.isEmpty() ? billingday::text(month.addDays(-1)) : lastSettled;
    const QString last = billingday::text(lastDayOf(month));
    for (;;) {
        m_nextLineDay.bind(0, accountId).bind(1, after).bind(2, last).exec();
        const QString day = m_nextLineDay.next() ? m_nextLineDay.text(0) : QString();
        m_nextLineDay.finish();
        if (day.isEmpty())
            return days;
        days.append(day);
        after = day;
    }
}

qint64 BillStatements::workspaceCount(const QString &accountId, const QString &month)
{
    qint64 version = -1;
    if (m_dataVersion) {
        m_dataVersion->exec();
        version = m_dataVersion->next() ? m_dataVersion->integer(0) : -1;
        m_dataVersion->finish();
    }
    const QString key = accountId + u' ' + month;
    const auto cached = m_counts.constFind(key);
    if (cached != m_counts.cend() && cached->dataVersion == version && version >= 0)
        return cached->count;
    m_workspaceCount.bind(0, accountId).bind(1, month).exec();
    const qint64 count = m_workspaceCount.next() ? m_workspaceCount.integer(0) : 0;
    m_workspaceCount.finish();
    if (m_counts.size() > 1000)
        m_counts.clear();
    m_counts.insert(key, {version, count});
    return count;
}

QJsonValue BillStatements::settledThrough(const QDate &month)
{
    const QString last = lastSettledDay(month);
    return last.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(last);
}

QString BillStatements::payerStatus(const QString &accountId, const QString &method,
                                    const QString &instanceId, const QDate &month)
{
    if (method == kBillingCenter)
        return QStringLiteral("charged");
    QString worst;
    if (!instanceId.isEmpty()) {
        const QString first = billingday::text(month);
        const QString last = billingday::text(lastDayOf(month));
        m_metering.bind(0, instanceId).bind(1, first).bind(2, last).exec();
        while (m_metering.next()) {
            const QString status = m_metering.text(0);
            if (worst.isEmpty() || statusRank(status) > statusRank(worst))
                worst = status;
        }
        m_metering.finish();
        if (worst.isEmpty()) {
            m_failedLines.bind(0, instanceId).bind(1, first).bind(2, last).bind(3, accountId);
            m_failedLines.exec();
            if (m_failedLines.next())
                worst = QStringLiteral("push_failed");
            m_failedLines.finish();
        }
    }
    return worst.isEmpty() ? QStringLiteral("pending_push") : worst;
}

QJsonObject BillStatements::statement(const QString &accountId, Currency currency,
                                      const QDate &month)
{
    // (method, instance) with billing_center first; std::map keeps the rest in name order.
    std::map<std::pair<bool, std::pair<QString, QString>>, qint64> byPayer;
    QMap<QString, Sum> byItem;
    QMap<QString, qint64> bySite;
    QMap<QString, QMap<QString, qint64>> byDay;
    qint64 total = 0;
    // Read once: the settlement thread may settle a day while this statement is built, and
    // the reply's settledThrough must be the day its lines end at.
    const QString lastSettled = lastSettledDay(month);
    m_dayTotals.bind(0, accountId).bind(1, billingday::text(month)).bind(2, lastSettled);
    m_dayTotals.exec();
    while (m_dayTotals.next()) {
        const QString method = m_dayTotals.text(1);
        const qint64 cents = m_dayTotals.integer(5);
        const QString item = m_dayTotals.text(4);
        byPayer[{method != kBillingCenter, {method, m_dayTotals.text(2)}}] += cents;
        Sum &itemSum = byItem[item];
        itemSum.cents += cents;
        itemSum.quantityE4 += m_dayTotals.integer(6);
        bySite[m_dayTotals.text(3)] += cents;
        byDay[m_dayTotals.text(0)][item] += cents;
        total += cents;
    }
    m_dayTotals.finish();

    QJsonArray payers;
    for (const auto &[key, cents] : byPayer) {
        const auto &[method, instance] = key.second;
        payers.append(QJsonObject{
            {QStringLiteral("payer"), billtext::payer(method, instance)},
            {QStringLiteral("total"), money::amountText(cents)},
            {QStringLiteral("status"), payerStatus(accountId, method, instance, month)}});
    }
    QJsonArray items;
    for (const BillingItem &item : m_catalogue.items()) {
        const auto it = byItem.constFind(item.code);
        if (it == byItem.cend())
            continue;
        items.append(QJsonObject{{QStringLiteral("item"), item.code},
                                 {QStringLiteral("total"), money::amountText(it->cents)},
                                 {QStringLiteral("quantity"), billtext::quantity(it->quantityE4)}});
    }
    QJsonArray sites;
    for (auto it = bySite.cbegin(); it != bySite.cend(); ++it)
        sites.append(QJsonObject{{QStringLiteral("site"), it.key()},
                                 {QStringLiteral("total"), money::amountText(it.value())}});
    QJsonArray days;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        qint64 dayTotal = 0;
        for (const qint64 cents : it.value())
            dayTotal += cents;
        days.append(QJsonObject{{QStringLiteral("day"), it.key()},
                                {QStringLiteral("total"), money::amountText(dayTotal)},
                                {QStringLiteral("byItem"), byItemObject(it.value())}});
    }
    return QJsonObject{{QStringLiteral("month"), billingday::monthText(month)},
                       {QStringLiteral("currency"), toWire(currency)},
                       {QStringLiteral("total"), money::amountText(total)},
                       {QStringLiteral("byPayer"), payers},
                       {QStringLiteral("byItem"), items},
                       {QStringLiteral("bySite"), sites},
                       {QStringLiteral("byDay"), days},
                       {QStringLiteral("settledThrough"), lastSettled.isEmpty()
                                                              ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(lastSettled)}};
}

QByteArray BillStatements::workspaces(const QString &accountId, const QDate &month, qint64 afterSeq,
                                      int limit)
{
    struct Row {
        qint64 seq = 0;
        QByteArray identity; // "name":…,"site":…
        QByteArray workspaceId;
        QMap<QString, qint64> items;
    };
    QList<Row> rows;
    bool more = false;
    m_workspaceRows.bind(0, accountId)
        .bind(1, billingday::monthText(month))
        .bind(2, afterSeq)
        .exec();
    while (m_workspaceRows.next()) {
        const qint64 seq = m_workspaceRows.integer(0);
        if (rows.isEmpty() || rows.constLast().seq != seq) {
            if (rows.size() == limit) {
                more = true;
                break;
            }
            Row row{seq, QByteArrayLiteral("\"name\":"), {}, {}};
            WorkspaceJson::appendString(row.identity, m_workspaceRows.text(2));
            row.identity += ",\"site\":";
            WorkspaceJson::appendString(row.identity, m_workspaceRows.text(3));
            WorkspaceJson::appendString(row.workspaceId, m_workspaceRows.text(1));
            rows.append(std::move(row));
        }
        rows.last().items.insert(m_workspaceRows.text(4), m_workspaceRows.integer(5));
    }
    m_workspaceRows.finish();
    if (!rows.isEmpty())
        withoutUnsettled(accountId, month, afterSeq, rows.constLast().seq, [&](qint64 seq) {
            // rows are in seq order
            const auto it = std::lower_bound(rows.begin(), rows.end(), seq,
                                             [](const Row &row, qint64 s) { return row.seq < s; });
            return it != rows.end() && it->seq == seq ? &it->items : nullptr;
        });
    // Written as text, like the workspace list: 5 000 rows as QJsonObjects cost more than
    // the query (costs_load_100k_ms). Keys in the order QJsonDocument would write them.
    QByteArray page("[");
    page.reserve(rows.size() * 160);
    for (const Row &row : std::as_const(rows)) {
        if (page.size() > 1)
            page += ',';
        page += "{\"byItem\":{";
        qint64 total = 0;
        for (auto it = row.items.cbegin(); it != row.items.cend(); ++it) {
            if (it != row.items.cbegin())
                page += ',';
            WorkspaceJson::appendString(page, it.key());
            page += ":\"" + money::amountText(it.value()).toLatin1() + '"';
            total += it.value();
        }
        page += "}," + row.identity + ",\"total\":\"" + money::amountText(total).toLatin1()
                + "\",\"workspaceId\":" + row.workspaceId + '}';
    }
    page += ']';
    return pageJson(page, more ? rows.constLast().seq : 0,
                    workspaceCount(accountId, billingday::monthText(month)));
}

void BillStatements::withoutUnsettled(
    const QString &accountId, const QDate &month, qint64 afterSeq, qint64 lastSeq,
    const std::function<QMap<QString, qint64> *(qint64 workspaceSeq)> &itemsOf)
{
    // Usually none: only while a day of this month is being settled.
    const QStringList days = unsettledDays(accountId, month, lastSettledDay(month));
    for (const QString &day : days) {
        m_unsettledLines.bind(0, accountId).bind(1, day).bind(2, afterSeq).bind(3, lastSeq).exec();
        while (m_unsettledLines.next()) {
            QMap<QString, qint64> *items = itemsOf(m_unsettledLines.integer(0));
            if (!items)
                continue;
            const auto it = items->find(m_unsettledLines.text(1));
            if (it == items->end())
                continue;
            // An item at zero after it is taken out came from that day (or billed 0.00 before;
            // it is listed again once the day is settled).
            if ((it.value() -= m_unsettledLines.integer(2)) == 0)
                items->erase(it);
        }
        m_unsettledLines.finish();
    }
}

} // namespace billing::server
