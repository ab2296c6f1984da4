#pragma once

#include "ReplyChecks.h"
#include "TwoAccountTest.h"

#include <QJsonArray>
#include <QTest>

namespace billing::test {

inline const QString kWorkspacesPath = QStringLiteral("/api/v1/workspaces");
inline const QString kUsage = QStringLiteral("/api/v1/usage");
inline const QString kBills = QStringLiteral("/api/v1/bills");
inline const QString kBillLines = QStringLiteral("/api/v1/bill-lines");
inline const QString kSandboxCollectorKey = QStringLiteral("sandbox-collector");

// Beijing time (UTC+8), in which billing days are counted.
inline QDateTime beijing(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

inline QJsonObject usageRecord(const QString &workspaceId, const QString &item, const QDate &day,
                               const QString &quantity)
{
    return {{QStringLiteral("workspaceId"), workspaceId},
            {QStringLiteral("item"), item},
            {QStringLiteral("day"), day.toString(Qt::ISODate)},
            {QStringLiteral("quantity"), quantity}};
}

// The base of the usage and bills tests: two accounts on a sandbox server, usage sent with the
// collector key, days settled by moving the sandbox clock past their end.
class BillsTest : public TwoAccountTest
{
protected:
    HttpReply postUsage(const QJsonArray &records, const QString &key = kSandboxCollectorKey)
    {
        HttpRequest request;
        request.method = "POST";
        request.path = kUsage;
        request.body = compactJson(QJsonObject{{QStringLiteral("records"), records}});
        request.headers = {{"Content-Type", "application/json"}};
        request.token = key;
        return m_anon.send(request);
    }

    // The statuses of a 200 reply's results ("accepted"/"rejected:<code>"), in order.
    static QStringList resultsOf(const HttpReply &reply)
    {
        QStringList statuses;
        for (const QJsonValue &value : reply.object().value(u"results").toArray()) {
            const QJsonObject result = value.toObject();
            QString status = result.value(u"status").toString();
            if (status == u"rejected")
                status += u':' + result.value(u"error").toObject().value(u"code").toString();
            statuses << status;
        }
        return statuses;
    }

    QString
    newWorkspace(HttpClient &client, const QString &site,
                 const QJsonObject &settlement = settlementBody(QStringLiteral("billing_center")))
    {
        QString error;
        const QJsonObject ws = createWorkspace(
            client, workspaceBody(uniqueName(QStringLiteral("bill-ws-")), site, settlement),
            &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return ws.value(u"id").toString();
    }

    QJsonObject statement(HttpClient &client, const QDate &month)
    {
        return client.get(kBills, {{QStringLiteral("month"), month.toString(u"yyyy-MM")}}).object();
    }

    // Moves the clock a few seconds past the end of `day` and waits for the settlement to
    // reach it; an error message, or empty.
    QString settle(const QDate &day)
    {
        const QString moved = moveClockTo(beijing(day.addDays(1), QTime(0, 0, 5)));
        if (!moved.isEmpty())
            return moved;
        const QString dayText = day.toString(Qt::ISODate);
        QString through;
        const bool reached = QTest::qWaitFor(
            [&] {
                through = statement(m_alice, day).value(u"settledThrough").toString();
                return through >= dayText;
            },
            30000);
        return reached ? QString()
                       : QStringLiteral("not settled through %1 (at %2)").arg(dayText, through);
    }

    // Every bill line of the month (all pages), with the query's filters.
    QJsonArray lines(HttpClient &client, const QDate &month, QueryItems query = {})
    {
        QString error;
        query << qMakePair(QStringLiteral("month"), month.toString(u"yyyy-MM"));
        const QJsonArray all = listAll(client, kBillLines, query, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return all;
    }
};

// Cents of "13.40"; -1 when it is not an amount with two places.
inline qint64 centsOf(const QJsonValue &amount)
{
    const QString text = amount.toString();
    const qsizetype point = text.indexOf(u'.');
    if (point < 1 || text.size() - point != 3)
        return -1;
    bool ok = false;
    const qint64 cents = QString(text).remove(point, 1).toLongLong(&ok);
    return ok ? cents : -1;
}

} // namespace billing::test
