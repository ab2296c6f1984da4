// The wallet end to end on the sandbox server: usage in, the day settled by moving the
// sandbox clock, the charge paid by the voucher first and then cash into arrears; the
// countdown as the client sees it (lockReason, lockAt, history, mail); its end on a move to
// a live marketplace instance and on a recharge. Another account's wallet is untouched.
#include "BillsTest.h"

using namespace billing;
using namespace billing::test;

namespace {
const QDate kDay(2031, 5, 10);
const QString kWalletPath = QStringLiteral("/api/v1/account/wallet");
} // namespace

class TestServerWalletArrears : public BillsTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void settledDayIsPaidVouchersFirstThenIntoArrears();
    void moveToLiveInstanceEndsItsCountdown();
    void rechargeEndsTheCountdown();

private:
    QJsonObject wallet(HttpClient &client) { return client.get(kWalletPath).object(); }
    QJsonArray history(const QString &workspaceId);
    qsizetype mailsWith(const QString &subjectPart);

    QString m_first;
    QString m_second;
    QDateTime m_settledAt;
};

void TestServerWalletArrears::initTestCase()
{
    VERIFY_NO_ERROR(startWithTwoAccounts(beijing(kDay, QTime(12, 0)), QStringLiteral("purse")));
    m_first = newWorkspace(m_alice, u"cn1"_qs);
    m_second = newWorkspace(m_alice, u"cn1"_qs);
    QVERIFY(!m_first.isEmpty() && !m_second.isEmpty());
}

void TestServerWalletArrears::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QJsonArray TestServerWalletArrears::history(const QString &workspaceId)
{
    QString error;
    const QJsonArray events =
        listAll(m_alice, kWorkspacesPath + u'/' + workspaceId + u"/history"_qs, {}, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return events;
}

qsizetype TestServerWalletArrears::mailsWith(const QString &subjectPart)
{
    QString error;
    qsizetype count = 0;
    for (const QJsonValue &mail :
         listAll(m_anon, u"/api/v1/sandbox/mailbox"_qs, {{u"to"_qs, m_aliceSession.email}}, &error))
        count += mail[u"subject"].toString().contains(subjectPart) ? 1 : 0;
    return count;
}

void TestServerWalletArrears::settledDayIsPaidVouchersFirstThenIntoArrears()
{
    VERIFY_STATUS(
        m_anon.post(u"/api/v1/sandbox/wallet/recharge"_qs,
                    {{u"amount"_qs, u"10.00"_qs}, {u"username"_qs, m_aliceSession.username}}),
        200);
    VERIFY_STATUS(m_anon.post(u"/api/v1/sandbox/wallet/vouchers"_qs,
                              {{u"amount"_qs, u"3.00"_qs},
                               {u"expiresAt"_qs, u"2031-05-20T00:00:00Z"_qs},
                               {u"username"_qs, m_aliceSession.username}}),
                  200);
    const HttpReply usage = postUsage({usageRecord(m_first, u"logs"_qs, kDay, u"6000000"_qs),
                                       usageRecord(m_second, u"logs"_qs, kDay, u"5000000"_qs)});
    VERIFY_STATUS(usage, 200);
    QCOMPARE(resultsOf(usage), (QStringList{u"accepted"_qs, u"accepted"_qs}));
    VERIFY_NO_ERROR(settle(kDay)); // 7.20 + 6.00 = 13.20: 3.00 from the voucher, 10.20 cash
    m_settledAt = beijing(kDay.addDays(1), QTime(0, 0, 5));

    // The check after the settled day runs right after it, on the server's thread.
    QJsonObject purse;
    QTRY_VERIFY_WITH_TIMEOUT((purse = wallet(m_alice)).contains(u"lockAt"), 30000);
    QCOMPARE(purse.value(u"cash"), u"-0.20"_qs);
    QCOMPARE(purse.value(u"arrears"), u"0.20"_qs);
    QCOMPARE(purse.value(u"vouchers").toArray().size(), 0); // used up
    QCOMPARE(purse.value(u"averageDailyCharge"), u"13.20"_qs);
    QCOMPARE(purse.value(u"daysCovered").toInt(-1), 0);
    QCOMPARE(purse.value(u"lowBalance"), true);
    const QDateTime lockAt = utc(qPrintable(purse.value(u"lockAt").toString()));
    QVERIFY2(lockAt >= m_settledAt.addDays(14) && lockAt < m_settledAt.addDays(14).addSecs(120),
             qPrintable(purse.value(u"lockAt").toString()));

    QString error;
    const QJsonArray entries =
        listAll(m_alice, u"/api/v1/account/ledger"_qs, {{u"month"_qs, u"2031-05"_qs}}, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(entries.size(), 3);
    const QJsonObject charge = entries.at(0).toObject();
    QCOMPARE(charge.value(u"kind"), u"charge"_qs);
    QCOMPARE(charge.value(u"amount"), u"-13.20"_qs);
    QCOMPARE(charge.value(u"fromVouchers"), u"3.00"_qs);
    QCOMPARE(charge.value(u"day"), kDay.toString(Qt::ISODate));
    QCOMPARE(charge.value(u"balance"), u"-0.20"_qs);
    qint64 sum = 0;
    for (const QJsonValue &entry : entries)
        sum += centsOf(entry[u"amount"].toString().remove(u'-'))
               * (entry[u"amount"].toString().startsWith(u'-') ? -1 : 1);
    QCOMPARE(sum, -20);

    for (const QString &id : {m_first, m_second}) {
        QString why;
        const QJsonObject ws = getWorkspace(m_alice, id, &why);
        VERIFY_NO_ERROR(why);
        QCOMPARE(ws.value(u"status"), u"lock_pending"_qs);
        QCOMPARE(ws.value(u"lockReason"), u"arrears"_qs);
        QCOMPARE(ws.value(u"lockAt"), purse.value(u"lockAt"));
        const QJsonObject event = history(id).at(0).toObject();
        QCOMPARE(event.value(u"event"), u"lock_pending"_qs);
        QCOMPARE(event.value(u"reason"), u"arrears"_qs);
        QCOMPARE(event.value(u"actor")[u"kind"], u"system"_qs);
    }
    QCOMPARE(mailsWith(u"arrears of 0.20 CNY"_qs), 1);
    // Bob had no usage: his wallet is as it was.
    const QJsonObject bobs = wallet(m_bob);
    QCOMPARE(bobs.value(u"cash"), u"0.00"_qs);
    QVERIFY(!bobs.contains(u"lockAt"));
}

void TestServerWalletArrears::moveToLiveInstanceEndsItsCountdown()
{
    QString error;
    const QString uid = uniqueUid();
    const QString instance =
        createSandboxInstance(m_anon, uid, &error).value(u"instanceId").toString();
    VERIFY_NO_ERROR(error);
    const HttpReply moved = m_alice.put(kWorkspacesPath + u'/' + m_first + u"/settlement"_qs,
                                        settlementBody(u"aliyun"_qs, uid, instance));
    VERIFY_STATUS(moved, 200);
    QCOMPARE(moved.object().value(u"status"), u"active"_qs);
    QCOMPARE(moved.object().value(u"lockReason"), QJsonValue(QJsonValue::Null));
    QCOMPARE(moved.object().value(u"lockAt"), QJsonValue(QJsonValue::Null));
    QCOMPARE(getWorkspace(m_alice, m_second, &error).value(u"status"), u"lock_pending"_qs);
}

void TestServerWalletArrears::rechargeEndsTheCountdown()
{
    const HttpReply paid =
        m_anon.post(u"/api/v1/sandbox/wallet/recharge"_qs,
                    {{u"amount"_qs, u"0.20"_qs}, {u"username"_qs, m_aliceSession.username}});
    VERIFY_STATUS(paid, 200);
    QCOMPARE(paid.object().value(u"cash"), u"0.00"_qs);
    QVERIFY(!paid.object().contains(u"lockAt"));
    QString error;
    const QJsonObject ws = getWorkspace(m_alice, m_second, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(ws.value(u"status"), u"active"_qs);
    QCOMPARE(ws.value(u"lockReason"), QJsonValue(QJsonValue::Null));
    const QJsonObject event = history(m_second).at(0).toObject();
    QCOMPARE(event.value(u"event"), u"unlocked"_qs);
    QCOMPARE(event.value(u"reason"), u"recharged"_qs);
    QCOMPARE(mailsWith(u"unlocked"_qs), 1);
    // The moved workspace had nothing left to unlock.
    QCOMPARE(history(m_first).at(0)[u"event"], u"settlement_changed"_qs);
}

QTEST_GUILESS_MAIN(TestServerWalletArrears)
#include "tst_server_wallet_arrears.moc"
