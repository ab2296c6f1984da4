// The checks after a settled day on a real SQLite file: the arrears lock countdown (events,
// mail, the lock sweep keeping the reason), its end on a recharge or on a move to a live
// marketplace instance, and the low-balance mail sent once per dip.
#include "WalletFixture.h"

#include <ExactDecimal.h>

#include <QTest>

using namespace billing;
using namespace billing::test;

class TestWalletArrears : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void arrearsStartTheCountdown_data();
    void arrearsStartTheCountdown();
    void countdownIsMailedOncePerEpisode();
    void lockSweepKeepsTheReason();
    void rechargeEndsTheCountdown_data();
    void rechargeEndsTheCountdown();
    void moveToLiveInstanceEndsTheCountdown();
    void lowBalanceLine_data();
    void lowBalanceLine();
    void lowBalanceMailedOncePerDip();
    void startupCheckCatchesUp();

private:
    // Recharges `cash`, then settles a day charging `charge` and runs the checks.
    void settleAndCheck(qint64 charge, const QDate &day = QDate(2026, 11, 20));
    qint64 events(const QString &workspaceId, const QString &event, const QString &reason);

    std::unique_ptr<WalletFixture> m_f;
    QString m_account;
    StoredWorkspace m_first;
    StoredWorkspace m_second;
    StoredWorkspace m_azure;
};

void TestWalletArrears::init()
{
    m_f = std::make_unique<WalletFixture>();
    QString error;
    QVERIFY2(m_f->open(&error), qPrintable(error));
    m_account = m_f->addAccount(QStringLiteral("carol"));
    m_first = m_f->addWorkspace(m_account, u"first"_qs);
    m_second = m_f->addWorkspace(m_account, u"second"_qs);
    m_azure = m_f->addWorkspace(m_account, u"azure"_qs, SettlementMethod::Azure);
}

void TestWalletArrears::cleanup()
{
    m_f.reset();
}

void TestWalletArrears::settleAndCheck(qint64 charge, const QDate &day)
{
    m_f->settleDay(m_account, day, charge);
    m_f->wallets->onDaySettled(day, {m_account});
}

qint64 TestWalletArrears::events(const QString &workspaceId, const QString &event,
                                 const QString &reason)
{
    return m_f->integer(u"SELECT count(*) FROM events WHERE workspace_id = ? AND event = ? "
                        "AND reason = ? AND actor_kind = 'system'"_qs,
                        {workspaceId, event, reason});
}

void TestWalletArrears::arrearsStartTheCountdown_data()
{
    QTest::addColumn<qint64>("cash");
    QTest::addColumn<qint64>("charge");
    QTest::addColumn<bool>("arrears");
    QTest::newRow("paid to the cent") << 1500LL << 1500LL << false;
    QTest::newRow("one cent short") << 1499LL << 1500LL << true;
    QTest::newRow("no money at all") << 0LL << 2000LL << true;
}

void TestWalletArrears::arrearsStartTheCountdown()
{
    QFETCH(qint64, cash);
    QFETCH(qint64, charge);
    QFETCH(bool, arrears);
    if (cash > 0)
        m_f->wallets->recharge(m_account, cash);
    settleAndCheck(charge);

    const QDateTime lockAt = m_f->clock.now().addDays(14);
    for (const StoredWorkspace &ws : {m_first, m_second}) {
        const auto now = m_f->workspace(ws.workspace.id);
        QCOMPARE(now->workspace.status,
                 arrears ? WorkspaceStatus::LockPending : WorkspaceStatus::Active);
        QCOMPARE(now->workspace.lockReason, arrears ? LockReason::Arrears : LockReason::None);
        QCOMPARE(now->workspace.lockAt, arrears ? lockAt : QDateTime());
        QCOMPARE(events(ws.workspace.id, u"lock_pending"_qs, u"arrears"_qs), arrears ? 1 : 0);
    }
    // Only Billing Center pays for Billing Center workspaces.
    QCOMPARE(m_f->workspace(m_azure.workspace.id)->workspace.status, WorkspaceStatus::Active);
    QCOMPARE(m_f->mailCount(m_account, u"arrears"_qs), arrears ? 1 : 0);
    const WalletView view = m_f->wallets->view(m_account);
    QCOMPARE(view.lockAt, arrears ? lockAt : QDateTime());
    if (arrears) {
        const QString amount = money::amountText(charge - cash) + u" CNY"_qs;
        QCOMPARE(m_f->mailCount(m_account, amount), 1);
        QCOMPARE(m_f->integer(u"SELECT count(*) FROM mails WHERE instr(body, ?) > 0"_qs,
                              {u"2026-12-04T16:00:00Z"_qs}),
                 1);
    }
}

void TestWalletArrears::countdownIsMailedOncePerEpisode()
{
    settleAndCheck(500);
    QCOMPARE(m_f->mailCount(m_account, u"arrears"_qs), 1);
    const QDateTime firstLockAt = m_f->wallets->view(m_account).lockAt;
    m_f->clock.advanceDays(1);
    settleAndCheck(500, QDate(2026, 11, 21));
    QCOMPARE(m_f->mailCount(m_account, u"arrears"_qs), 1); // nothing new counting down
    QCOMPARE(m_f->workspace(m_first.workspace.id)->workspace.lockAt, firstLockAt);
    // A workspace created during the arrears starts its own countdown, with a mail.
    const StoredWorkspace late = m_f->addWorkspace(m_account, u"late"_qs);
    m_f->clock.advanceDays(1);
    settleAndCheck(500, QDate(2026, 11, 22));
    QCOMPARE(m_f->workspace(late.workspace.id)->workspace.lockAt, m_f->clock.now().addDays(14));
    QCOMPARE(m_f->mailCount(m_account, u"arrears"_qs), 2);
    QCOMPARE(m_f->wallets->view(m_account).lockAt, firstLockAt); // the soonest lock
}

void TestWalletArrears::lockSweepKeepsTheReason()
{
    settleAndCheck(500);
    m_f->clock.advanceDays(15);
    m_f->workspaceService->sweepLocks();
    const auto locked = m_f->workspace(m_first.workspace.id);
    QCOMPARE(locked->workspace.status, WorkspaceStatus::Locked);
    QCOMPARE(locked->workspace.lockReason, LockReason::Arrears);
    QVERIFY(!m_f->wallets->view(m_account).lockAt.isValid()); // the countdown is over
}

void TestWalletArrears::rechargeEndsTheCountdown_data()
{
    QTest::addColumn<qint64>("recharge"); // against arrears of 5.00
    QTest::addColumn<int>("daysLater");   // 15: after the workspaces locked
    QTest::addColumn<bool>("unlocked");
    QTest::newRow("less than the arrears") << 499LL << 1 << false;
    QTest::newRow("exactly the arrears") << 500LL << 1 << true;
    QTest::newRow("more than the arrears") << 10'000LL << 1 << true;
    QTest::newRow("after the lock") << 500LL << 15 << true;
}

void TestWalletArrears::rechargeEndsTheCountdown()
{
    QFETCH(qint64, recharge);
    QFETCH(int, daysLater);
    QFETCH(bool, unlocked);
    settleAndCheck(500);
    m_f->clock.advanceDays(daysLater);
    m_f->workspaceService->sweepLocks();
    const WorkspaceStatus waiting =
        daysLater > 14 ? WorkspaceStatus::Locked : WorkspaceStatus::LockPending;

    const WalletView view = m_f->wallets->recharge(m_account, recharge);
    QCOMPARE(view.cashCents, recharge - 500);
    for (const StoredWorkspace &ws : {m_first, m_second}) {
        const auto now = m_f->workspace(ws.workspace.id);
        QCOMPARE(now->workspace.status, unlocked ? WorkspaceStatus::Active : waiting);
        QCOMPARE(now->workspace.lockReason, unlocked ? LockReason::None : LockReason::Arrears);
        QCOMPARE(events(ws.workspace.id, u"unlocked"_qs, u"recharged"_qs), unlocked ? 1 : 0);
    }
    QCOMPARE(view.lockAt.isValid(), !unlocked && daysLater <= 14);
    QCOMPARE(m_f->mailCount(m_account, u"unlocked"_qs), unlocked ? 1 : 0);
    QCOMPARE(m_f->integer(u"SELECT arrears_since IS NULL FROM wallets"_qs), unlocked ? 1 : 0);
}

void TestWalletArrears::moveToLiveInstanceEndsTheCountdown()
{
    settleAndCheck(500);
    StoredInstance instance;
    instance.instance.instanceId = u"61234567890"_qs;
    instance.instance.aliUid = u"1234567890123456"_qs;
    instance.instance.orderBizId = u"order-1"_qs;
    instance.instance.status = InstanceStatus::Opened;
    instance.createdAt = instance.updatedAt = m_f->clock.now();
    m_f->instances->insert(instance);
    const auto account = m_f->accounts->findById(m_account);
    SettlementChange change;
    change.method = SettlementMethod::Aliyun;
    change.aliyunAccountId = instance.instance.aliUid;
    change.instanceId = instance.instance.instanceId;
    const auto moved = m_f->workspaceService->change(*account, m_first.workspace.id, change,
                                                     EventOrigin::ofUser(u"carol"_qs, {}));
    QVERIFY2(moved.ok(), qPrintable(moved.error().message));
    QCOMPARE(moved.value().status, WorkspaceStatus::Active);
    QCOMPARE(moved.value().lockReason, LockReason::None);
    QVERIFY(!moved.value().lockAt.isValid());
    // The other one still counts down; the next day's check does not catch the moved one.
    QCOMPARE(m_f->workspace(m_second.workspace.id)->workspace.status, WorkspaceStatus::LockPending);
    m_f->clock.advanceDays(1);
    settleAndCheck(100, QDate(2026, 11, 21));
    QCOMPARE(m_f->workspace(m_first.workspace.id)->workspace.status, WorkspaceStatus::Active);
}

void TestWalletArrears::lowBalanceLine_data()
{
    QTest::addColumn<QList<qint64>>("charges"); // the settled days, oldest first
    QTest::addColumn<qint64>("cash");           // after them
    QTest::addColumn<qint64>("average");
    QTest::addColumn<int>("daysCovered");
    QTest::addColumn<bool>("low");
    QTest::newRow("three days exactly")
        << QList<qint64>{1000, 1000} << 3000LL << 1000LL << 3 << false;
    QTest::newRow("a cent below three days")
        << QList<qint64>{1000, 1000} << 2999LL << 1000LL << 2 << true;
    QTest::newRow("only the last seven days count")
        << QList<qint64>{90'000, 700, 700, 700, 700, 700, 700, 700} << 2100LL << 700LL << 3
        << false;
    QTest::newRow("average rounds half up")
        << QList<qint64>{100, 101} << 302LL << 101LL << 2 << true;
    QTest::newRow("in arrears") << QList<qint64>{1000} << -1LL << 1000LL << 0 << true;
}

void TestWalletArrears::lowBalanceLine()
{
    QFETCH(QList<qint64>, charges);
    QFETCH(qint64, cash);
    QFETCH(qint64, average);
    QFETCH(int, daysCovered);
    QFETCH(bool, low);
    qint64 total = 0;
    for (qint64 charge : charges)
        total += charge;
    if (total + cash > 0)
        m_f->wallets->recharge(m_account, total + cash);
    for (qsizetype i = 0; i < charges.size(); ++i)
        m_f->settleDay(m_account, QDate(2026, 11, 1).addDays(i), charges.at(i));
    const WalletView view = m_f->wallets->view(m_account);
    QCOMPARE(view.cashCents, cash);
    QCOMPARE(view.averageDailyCents, average);
    QCOMPARE(view.daysCovered, std::optional<qint64>(daysCovered));
    QCOMPARE(view.lowBalance, low);
}

void TestWalletArrears::lowBalanceMailedOncePerDip()
{
    m_f->wallets->recharge(m_account, 10'000);
    // 2 000 a day: the balance is below three days (6 000) after the third day.
    for (int day = 0; day < 4; ++day) {
        settleAndCheck(2'000, QDate(2026, 11, 20).addDays(day));
        QCOMPARE(m_f->mailCount(m_account, u"balance low"_qs), day >= 2 ? 1 : 0);
        m_f->clock.advanceDays(1);
    }
    m_f->wallets->recharge(m_account, 3'000);   // 5 000: still low, no new mail later
    settleAndCheck(1'000, QDate(2026, 11, 24)); // average now 1 800: 4 000 covers 2 days
    QCOMPARE(m_f->mailCount(m_account, u"balance low"_qs), 1);
    m_f->wallets->recharge(m_account, 20'000); // lifted above the line
    settleAndCheck(2'000, QDate(2026, 11, 25));
    QCOMPARE(m_f->mailCount(m_account, u"balance low"_qs), 1);
    for (int day = 0; day < 10; ++day)
        settleAndCheck(2'000, QDate(2026, 11, 26).addDays(day));
    QCOMPARE(m_f->mailCount(m_account, u"balance low"_qs), 2);
}

void TestWalletArrears::startupCheckCatchesUp()
{
    // A crash between the settlement's commit and its check: only the charge was written.
    m_f->settleDay(m_account, QDate(2026, 11, 20), 700);
    QCOMPARE(m_f->workspace(m_first.workspace.id)->workspace.status, WorkspaceStatus::Active);
    m_f->wallets->checkAll();
    QCOMPARE(m_f->workspace(m_first.workspace.id)->workspace.status, WorkspaceStatus::LockPending);
    QCOMPARE(m_f->mailCount(m_account, u"arrears"_qs), 1);
    m_f->wallets->checkAll(); // and a second start changes nothing
    QCOMPARE(m_f->mailCount(m_account, u"arrears"_qs), 1);
    QCOMPARE(events(m_first.workspace.id, u"lock_pending"_qs, u"arrears"_qs), 1);
}

QTEST_GUILESS_MAIN(TestWalletArrears)
#include "tst_wallet_arrears.moc"
