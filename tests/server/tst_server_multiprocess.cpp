// Three billing-center processes on one PostgreSQL database (issue 22), clients spread across
// them: no lost update, no duplicate event, one reply per Idempotency-Key, each marketplace
// callback applied once, each billing day settled once, and kill -9 of one process in the
// middle of a large batch loses nothing while another takes its background jobs over.
#include "MultiProcessTest.h"

#include <QTimer>

using namespace billing::test;

namespace {
const QDate kFirstDay(2031, 4, 10);
constexpr int kSettlementJob = 1; // JobLeadership::Job::Settlement
constexpr int kMeteringJob = 4;   // JobLeadership::Job::Metering
constexpr int kChunk = 1000;      // the batch endpoint's limit
constexpr int kKillChunks = 5;

QString countSql(const QString &what, const QStringList &keys)
{
    return QStringLiteral("SELECT count(%1) FROM events WHERE request_id IN ('%2')")
        .arg(what, keys.join(QStringLiteral("','")));
}
} // namespace

class TestServerMultiprocess : public MultiProcessTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void concurrentChangesLoseNothing();
    void oneKeyAtAllProcessesAppliesOnce();
    void marketplaceCallbacksApplyOnce();
    void eachDaySettledOnce();
    void killMidBatchLosesNothing();

private:
    // Moves every clock past `day` and waits until a process reports it settled.
    QString settle(const QDate &day);
    // Posts one logs record per workspace for `day`, workspace i's to process i % 3, at once;
    // the cents they cost (1.20 per 1 000 000 on cn1).
    qint64 postUsage(const QStringList &workspaces, const QDate &day, int base);
};

void TestServerMultiprocess::initTestCase()
{
    const QString error = startGroup(beijing(QDate(2031, 3, 25), QTime(12, 0)));
    if (!error.isEmpty())
        QFAIL(qPrintable(error));
}

void TestServerMultiprocess::cleanupTestCase()
{
    QVERIFY2(m_group.stopAll(), qPrintable(m_group.errorString()));
}

QString TestServerMultiprocess::settle(const QDate &day)
{
    const QString moved = moveClockTo(beijing(day.addDays(1), QTime(0, 0, 5)));
    if (!moved.isEmpty())
        return moved;
    QString through;
    int asked = 0;
    const bool reached = QTest::qWaitFor(
        [&] {
            const HttpReply bill =
                alice(asked++ % kProcesses)
                    .get(kBills, {{QStringLiteral("month"), day.toString(u"yyyy-MM")}});
            through = bill.object().value(u"settledThrough").toString();
            return through >= day.toString(Qt::ISODate);
        },
        30000);
    return reached ? QString()
                   : QStringLiteral("not settled through %1 (at %2)")
                         .arg(day.toString(Qt::ISODate), through);
}

qint64 TestServerMultiprocess::postUsage(const QStringList &workspaces, const QDate &day, int base)
{
    Requests requests;
    qint64 cents = 0;
    for (int i = 0; i < workspaces.size(); ++i) {
        const int millions = base + i;
        const QJsonArray records{usageRecord(workspaces[i], QStringLiteral("logs"), day,
                                             QString::number(millions * 1000000))};
        requests.append({&anon(i % kProcesses),
                         jsonRequest("POST", kUsage, {{QStringLiteral("records"), records}},
                                     kSandboxCollectorKey)});
        cents += millions * 120;
    }
    for (const HttpReply &reply : HttpClient::sendAcross(requests)) {
        const QString status =
            reply.object().value(u"results").toArray().at(0).toObject().value(u"status").toString();
        if (reply.status != 200 || status != u"accepted")
            qWarning("usage not accepted: %s", qPrintable(reply.describe()));
    }
    return cents;
}

// Six batches at once, two per process, each changing the same workspaces to another
// instance: the monthly rule lets one change per workspace through, the rest must be refused
// (version_conflict with expectedVersion, change_too_soon without), never applied over it.
void TestServerMultiprocess::concurrentChangesLoseNothing()
{
    constexpr int kWorkspaces = 8;
    constexpr int kBatches = 6;
    constexpr int kRounds = 2;
    QString error;
    const QString uid = uniqueUid();
    QStringList instances;
    for (int i = 0; i < kBatches * kRounds; ++i) {
        instances << newInstance(i, uid, &error);
        VERIFY_NO_ERROR(error);
    }
    QStringList ids;
    for (int i = 0; i < kWorkspaces; ++i) {
        ids << newWorkspace(i, settlementBody(QStringLiteral("billing_center")), &error);
        VERIFY_NO_ERROR(error);
    }
    const HttpReply first = alice(0).get(kWorkspacesPath, {{QStringLiteral("limit"), "1"}});
    VERIFY_STATUS(first, 200);
    const QString syncToken = first.object().value(u"syncToken").toString();

    QHash<QString, QString> winners; // workspace → the instance it ends on
    for (int round = 0; round < kRounds; ++round) {
        Requests requests;
        for (int b = 0; b < kBatches; ++b) {
            QJsonArray changes;
            for (const QString &id : std::as_const(ids)) {
                QJsonObject change = changeTo(id, settlementBody(QStringLiteral("aliyun"), uid,
                                                                 instances[round * kBatches + b]));
                if (b % 2)
                    change.insert(QStringLiteral("expectedVersion"), 1 + round);
                changes << change;
            }
            requests.append({&alice(b % kProcesses), batchRequest(changes)});
        }
        const QList<HttpReply> replies = HttpClient::sendAcross(requests);
        QHash<QString, int> applied;
        for (int b = 0; b < kBatches; ++b) {
            VERIFY_STATUS(replies[b], 200);
            const QJsonArray results = replies[b].object().value(u"results").toArray();
            QCOMPARE(results.size(), kWorkspaces);
            for (const QJsonValue &value : results) {
                const QJsonObject result = value.toObject();
                const QString id = result.value(u"workspaceId").toString();
                if (result.value(u"status").toString() == u"applied") {
                    ++applied[id];
                    const QJsonObject ws = result.value(u"workspace").toObject();
                    QCOMPARE(ws.value(u"version").toInteger(), 2 + round);
                    winners[id] = instances[round * kBatches + b];
                    continue;
                }
                const QString code = result.value(u"error")[u"code"].toString();
                QCOMPARE(code, b % 2 ? u"version_conflict"_qs : u"change_too_soon"_qs);
            }
        }
        for (const QString &id : std::as_const(ids))
            QVERIFY2(applied.value(id) == 1,
                     qPrintable(QStringLiteral("%1 applied %2 times in round %3")
                                    .arg(id)
                                    .arg(applied.value(id))
                                    .arg(round)));
        if (round + 1 < kRounds)
            VERIFY_NO_ERROR(moveClockTo(beijing(QDate(2031, 4 + round, 10), QTime(12, 0))));
    }

    for (int i = 0; i < kWorkspaces; ++i) {
        const QJsonObject ws = workspace(i, ids[i]);
        QCOMPARE(ws.value(u"version").toInteger(), 1 + kRounds);
        QCOMPARE(ws[u"settlement"][u"instanceId"].toString(), winners.value(ids[i]));
        QCOMPARE(eventCount(i + 1, ids[i], QStringLiteral("settlement_changed")), kRounds);
        QCOMPARE(eventCount(i + 2, ids[i], QStringLiteral("created")), 1);
    }
    for (int p = 0; p < kProcesses; ++p) {
        const QJsonArray delta = listAll(alice(p), kWorkspacesPath,
                                         {{QStringLiteral("changedSince"), syncToken}}, &error);
        VERIFY_NO_ERROR(error);
        QHash<QString, qint64> versions;
        for (const QJsonValue &value : delta)
            versions[value[u"id"].toString()] = value[u"version"].toInteger();
        for (const QString &id : std::as_const(ids))
            QCOMPARE(versions.value(id), 1 + kRounds);
    }
}

void TestServerMultiprocess::oneKeyAtAllProcessesAppliesOnce()
{
    QString error;
    const QJsonObject aliyun = boundSettlementBody(anon(0), QStringLiteral("aliyun"), &error);
    VERIFY_NO_ERROR(error);
    QJsonArray changes;
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        ids << newWorkspace(i, settlementBody(QStringLiteral("billing_center")), &error);
        VERIFY_NO_ERROR(error);
        changes << changeTo(ids.last(), aliyun);
    }
    const QByteArray key = uniqueName(QStringLiteral("mp-key-")).toUtf8();
    const HttpRequest request = batchRequest(changes, key);
    const QList<HttpReply> replies =
        HttpClient::sendAcross({{&alice(0), request}, {&alice(1), request}, {&alice(2), request}});
    int fresh = 0;
    for (const HttpReply &reply : replies) {
        VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.object(), replies[0].object());
        fresh += !isReplayed(reply);
    }
    QCOMPARE(fresh, 1);
    for (const QJsonValue &result : replies[0].object().value(u"results").toArray())
        QCOMPARE(result[u"status"].toString(), u"applied"_qs);
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(workspace(i, ids[i]).value(u"version").toInteger(), 2);
        const QJsonArray events = history(i + 1, ids[i]);
        QCOMPARE(events.size(), 2); // created, then the one change
        QCOMPARE(events[0][u"requestId"].toString(), QString::fromUtf8(key));
    }
}

// One subscription released and another expired then renewed, each callback sent to all three
// processes at once, while alice moves some of the released one's workspaces herself.
void TestServerMultiprocess::marketplaceCallbacksApplyOnce()
{
    QString error;
    const QString uid = uniqueUid();
    const QString released = newInstance(0, uid, &error);
    const QString expired = newInstance(1, uid, &error);
    VERIFY_NO_ERROR(error);
    QStringList onReleased, contested, onExpired;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject toReleased = settlementBody(QStringLiteral("aliyun"), uid, released);
        onReleased << newWorkspace(i, toReleased, &error);
        contested << newWorkspace(i + 1, toReleased, &error);
        onExpired << newWorkspace(i + 2, settlementBody(QStringLiteral("aliyun"), uid, expired),
                                  &error);
        VERIFY_NO_ERROR(error);
    }
    const QString subject = QStringLiteral("subscription ended");
    // The .eml's subject is an encoded word; its body says this.
    const QString mailBody = QStringLiteral("does not count as your monthly settlement change");
    const int mailedBefore = mailedFiles(mailBody);

    Requests requests;
    for (int p = 0; p < kProcesses; ++p) {
        requests.append(
            {&anon(p), spiRequest({{QStringLiteral("action"), QStringLiteral("releaseInstance")},
                                   {QStringLiteral("instanceId"), released}})});
        requests.append(
            {&anon(p), spiRequest({{QStringLiteral("action"), QStringLiteral("expiredInstance")},
                                   {QStringLiteral("instanceId"), expired}})});
        requests.append({&alice(p), jsonRequest("PUT",
                                                kWorkspacesPath + u'/' + contested[p]
                                                    + QStringLiteral("/settlement"),
                                                settlementBody(QStringLiteral("billing_center")))});
    }
    for (const HttpReply &reply : HttpClient::sendAcross(requests))
        VERIFY_STATUS(reply, 200);
    const HttpRequest renew =
        spiRequest({{QStringLiteral("action"), QStringLiteral("renewInstance")},
                    {QStringLiteral("instanceId"), expired},
                    {QStringLiteral("orderId"), uniqueOrderId()},
                    {QStringLiteral("expiredOn"), QStringLiteral("2033-01-01 00:00:00")}});
    for (const HttpReply &reply :
         HttpClient::sendAcross({{&anon(0), renew}, {&anon(1), renew}, {&anon(2), renew}}))
        VERIFY_STATUS(reply, 200);

    for (int i = 0; i < 3; ++i) {
        for (const QString &id : {onReleased[i], contested[i]}) {
            const QJsonObject ws = workspace(i, id);
            QCOMPARE(ws.value(u"version").toInteger(), 2);
            QCOMPARE(ws[u"settlement"][u"method"].toString(), u"billing_center"_qs);
            QCOMPARE(eventCount(i + 1, id, QStringLiteral("settlement_changed")), 1);
        }
        QCOMPARE(eventCount(i + 2, onReleased[i], QStringLiteral("settlement_changed"),
                            QStringLiteral("subscription_released")),
                 1);
        QCOMPARE(workspace(i, onExpired[i]).value(u"status").toString(), u"active"_qs);
        QCOMPARE(eventCount(i, onExpired[i], QStringLiteral("lock_pending")), 1);
        QCOMPARE(eventCount(i + 1, onExpired[i], QStringLiteral("unlocked")), 1);
    }
    const QJsonArray mails = listAll(alice(2), QStringLiteral("/api/v1/notifications"), {}, &error);
    VERIFY_NO_ERROR(error);
    int ended = 0;
    for (const QJsonValue &mail : mails)
        ended += mail[u"subject"].toString().contains(subject);
    QCOMPARE(ended, 1);
    QCOMPARE(mailedFiles(mailBody), mailedBefore + 1);
}

// Usage for two days posted to all three processes; each account-day settled once: one
// settled_days row and one wallet charge of the day's total, one line per record.
void TestServerMultiprocess::eachDaySettledOnce()
{
    QString error;
    QStringList ids;
    for (int i = 0; i < 6; ++i) {
        ids << newWorkspace(i, settlementBody(QStringLiteral("billing_center")), &error);
        VERIFY_NO_ERROR(error);
    }
    QHash<QDate, qint64> expected;
    for (int d = 0; d < 2; ++d) {
        const QDate day = kFirstDay.addDays(d);
        expected[day] = postUsage(ids, day, 1 + d);
        VERIFY_NO_ERROR(settle(day));
    }
    const QJsonObject bill = alice(1).get(kBills, {{QStringLiteral("month"), "2031-04"}}).object();
    QHash<QString, qint64> byDay;
    for (const QJsonValue &day : bill.value(u"byDay").toArray())
        byDay[day[u"day"].toString()] += centsOf(day[u"total"]);
    qint64 lineCount = 0;
    for (const QString &id : std::as_const(ids)) {
        const QJsonArray lines = listAll(
            alice(2), kBillLines,
            {{QStringLiteral("month"), "2031-04"}, {QStringLiteral("workspaceId"), id}}, &error);
        VERIFY_NO_ERROR(error);
        lineCount += lines.size();
    }
    QCOMPARE(lineCount, ids.size() * expected.size());
    const QString account = m_session.accountId;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QString day = it.key().toString(Qt::ISODate);
        QCOMPARE(byDay.value(day), it.value());
        const QVariantList charged = column(
            QStringLiteral(
                "SELECT charged_cents FROM settled_days WHERE account_id = '%1' AND day = '%2'")
                .arg(account, day),
            &error);
        VERIFY_NO_ERROR(error);
        QCOMPARE(charged, QVariantList{it.value()});
    }
    const QJsonArray ledger = listAll(alice(0), QStringLiteral("/api/v1/account/ledger"),
                                      {{QStringLiteral("month"), "2031-04"}}, &error);
    VERIFY_NO_ERROR(error);
    QHash<QString, qint64> charges;
    int chargeCount = 0;
    for (const QJsonValue &entry : ledger) {
        if (entry[u"kind"].toString() == u"charge") {
            ++chargeCount;
            charges[entry[u"day"].toString()] -= centsOf(entry[u"amount"]);
        }
    }
    QCOMPARE(chargeCount, expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(charges.value(it.key().toString(Qt::ISODate)), it.value());
}

// Chunks of 1 000 changes sent to the process leading settlement, killed as soon as the first
// chunk is committed; the same chunks with the same keys sent to another process.
void TestServerMultiprocess::killMidBatchLosesNothing()
{
    QString error;
    const QJsonObject aliyun = boundSettlementBody(anon(0), QStringLiteral("aliyun"), &error);
    VERIFY_NO_ERROR(error);
    const QString instance = aliyun.value(u"instanceId").toString();
    QStringList ids;
    for (int slice = 0; slice < kKillChunks * 2; ++slice) {
        Requests requests;
        for (int i = 0; i < kChunk / 2; ++i)
            requests.append({&alice(i), jsonRequest("POST", kWorkspacesPath,
                                                    workspaceBody(uniqueName(QStringLiteral("k")),
                                                                  QStringLiteral("cn1")))});
        for (const HttpReply &reply : HttpClient::sendAcross(requests)) {
            VERIFY_STATUS(reply, 201);
            ids << reply.object().value(u"id").toString();
        }
    }
    const int victim = leaderOf(kSettlementJob, &error);
    VERIFY_NO_ERROR(error);
    QVERIFY2(victim >= 0, "no process leads settlement");
    HttpClient &sender = alice(victim);

    QStringList keys;
    QList<HttpRequest> chunks;
    for (int c = 0; c < kKillChunks; ++c) {
        QJsonArray changes;
        for (int i = c * kChunk; i < (c + 1) * kChunk; ++i) {
            QJsonObject change = changeTo(ids[i], aliyun);
            change.insert(QStringLiteral("expectedVersion"), 1);
            changes << change;
        }
        keys << uniqueName(QStringLiteral("kill-chunk-"));
        chunks << batchRequest(changes, keys.last().toUtf8());
    }
    Requests toVictim;
    for (const HttpRequest &chunk : std::as_const(chunks))
        toVictim.append({&sender, chunk});
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, this, [&] {
        QString ignored;
        if (column(countSql(QStringLiteral("*"), keys), &ignored).value(0).toInt() > 0) {
            watch.stop();
            m_group.at(victim).kill();
        }
    });
    watch.start(20);
    const QList<HttpReply> lost = HttpClient::sendAcross(toVictim);
    watch.stop();
    QVERIFY2(!m_group.at(victim).isRunning(), "the batch ended before the kill");
    int unanswered = 0;
    for (const HttpReply &reply : lost)
        unanswered += reply.status == 0;
    QVERIFY2(unanswered > 0, "every chunk was answered before the kill");

    QList<int> committed;
    for (const QString &key : std::as_const(keys)) {
        const int count = column(countSql(QStringLiteral("*"), {key}), &error).value(0).toInt();
        VERIFY_NO_ERROR(error);
        QVERIFY2(
            count == 0 || count == kChunk,
            qPrintable(QStringLiteral("chunk %1 half-written: %2 events").arg(key).arg(count)));
        committed << count;
    }
    qInfo("process %d killed with %d of %d chunks committed", victim, int(committed.count(kChunk)),
          kKillChunks);
    Requests retry;
    for (const HttpRequest &chunk : std::as_const(chunks))
        retry.append({&alice(victim + 1), chunk});
    const QList<HttpReply> replies = HttpClient::sendAcross(retry);
    for (int c = 0; c < kKillChunks; ++c) {
        VERIFY_STATUS(replies[c], 200);
        QCOMPARE(isReplayed(replies[c]), committed[c] == kChunk);
        for (const QJsonValue &result : replies[c].object().value(u"results").toArray())
            QCOMPARE(result[u"status"].toString(), u"applied"_qs);
    }
    QCOMPARE(column(countSql(QStringLiteral("*"), keys), &error).value(0).toInt(),
             kKillChunks * kChunk);
    QCOMPARE(
        column(countSql(QStringLiteral("DISTINCT workspace_id"), keys), &error).value(0).toInt(),
        kKillChunks * kChunk);
    const QVariantList versions =
        column(QStringLiteral("SELECT DISTINCT version FROM workspaces WHERE id IN ('%1')")
                   .arg(ids.join(QStringLiteral("','"))),
               &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(versions, QVariantList{2});

    // The killed process led settlement: a day after the kill is settled by another, and its
    // marketplace usage reported by whichever process leads metering now.
    const QDate day = kFirstDay.addDays(2);
    const qint64 cents = postUsage(ids.mid(0, 3), day, 10);
    VERIFY_NO_ERROR(settle(day));
    const QJsonObject bill =
        alice(0).get(kBills, {{QStringLiteral("month"), day.toString(u"yyyy-MM")}}).object();
    qint64 dayCents = 0;
    for (const QJsonValue &entry : bill.value(u"byDay").toArray())
        dayCents +=
            entry[u"day"].toString() == day.toString(Qt::ISODate) ? centsOf(entry[u"total"]) : 0;
    QCOMPARE(dayCents, cents);
    const QVariantList settled = column(
        QStringLiteral("SELECT count(*) FROM settled_days WHERE account_id = '%1' AND day = '%2'")
            .arg(m_session.accountId, day.toString(Qt::ISODate)),
        &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(settled.value(0).toInt(), 1);
    const int leader = leaderOf(kSettlementJob, &error);
    QVERIFY2(leader >= 0 && leader != victim,
             qPrintable(QStringLiteral("settlement led by %1").arg(leader)));
    QString status;
    const bool pushed = QTest::qWaitFor(
        [&] {
            const QJsonArray records =
                listAll(alice(1), QStringLiteral("/api/v1/marketplace/aliyun/metering"),
                        {{QStringLiteral("instanceId"), instance},
                         {QStringLiteral("month"), day.toString(u"yyyy-MM")}},
                        &error);
            for (const QJsonValue &record : records) {
                if (record[u"day"].toString() == day.toString(Qt::ISODate))
                    status = record[u"status"].toString();
            }
            return status == u"pushed";
        },
        20000);
    QVERIFY2(pushed, qPrintable(QStringLiteral("metering record of %1: %2 %3")
                                    .arg(day.toString(Qt::ISODate), status, error)));
    QVERIFY(leaderOf(kMeteringJob, &error) != victim);
}

QTEST_GUILESS_MAIN(TestServerMultiprocess)
#include "tst_server_multiprocess.moc"
