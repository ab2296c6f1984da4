// The wallet's money on a real SQLite file: the order vouchers pay in, expiry, arrears, the
// ledger adding up to the balance and staying append-only, and a charge made from another
// thread on its own connection (as the settlement engine makes it).
#include "StorageError.h"
#include "WalletFixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace billing;
using namespace billing::test;

using VoucherSpecs = QList<QPair<qint64, int>>; // cents, days until it expires

class TestWalletLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void currencyFollowsRegistrationSite_data();
    void currencyFollowsRegistrationSite();
    void vouchersPaySoonestFirstThenCash_data();
    void vouchersPaySoonestFirstThenCash();
    void expiredVoucherNeverPays_data();
    void expiredVoucherNeverPays();
    void voucherExpiresOnTheTimerNotOnARead();
    void voucherGrantedLaterDoesNotPayEarlierCharges();
    void ledgerSumsToBalance();
    void ledgerIsAppendOnly_data();
    void ledgerIsAppendOnly();
    void chargesOnTheCallersConnection();

private:
    std::unique_ptr<WalletFixture> m_f;
    QString m_account;
};

void TestWalletLedger::init()
{
    m_f = std::make_unique<WalletFixture>();
    QString error;
    QVERIFY2(m_f->open(&error), qPrintable(error));
    m_account = m_f->addAccount(QStringLiteral("alice"));
}

void TestWalletLedger::cleanup()
{
    m_f.reset();
}

void TestWalletLedger::currencyFollowsRegistrationSite_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("currency");
    QTest::newRow("cn1") << u"cn1"_qs << u"CNY"_qs;
    QTest::newRow("cn4") << u"cn4"_qs << u"CNY"_qs;
    QTest::newRow("cn6") << u"cn6"_qs << u"USD"_qs;
}

void TestWalletLedger::currencyFollowsRegistrationSite()
{
    QFETCH(QString, site);
    QFETCH(QString, currency);
    const QString account = m_f->addAccount(u"bob"_qs, site);
    QCOMPARE(m_f->integer(u"SELECT count(*) FROM wallets WHERE account_id = ?"_qs, {account}), 0);
    const WalletView view = m_f->wallets->view(account); // created lazily
    QCOMPARE(view.currency, currency);
    QCOMPARE(view.cashCents, 0);
    QVERIFY(!view.daysCovered);
}

void TestWalletLedger::vouchersPaySoonestFirstThenCash_data()
{
    QTest::addColumn<VoucherSpecs>("vouchers");
    QTest::addColumn<qint64>("cash");
    QTest::addColumn<qint64>("charge");
    QTest::addColumn<QList<qint64>>("remaining"); // per voucher, in the order granted
    QTest::addColumn<qint64>("cashAfter");
    QTest::addColumn<qint64>("fromVouchers");

    QTest::newRow("soonest expiry first") << VoucherSpecs{{1000, 30}, {1000, 5}} << 5000LL << 1500LL
                                          << QList<qint64>{500, 0} << 5000LL << 1500LL;
    QTest::newRow("one voucher covers it") << VoucherSpecs{{5000, 3}, {100, 2}} << 0LL << 1000LL
                                           << QList<qint64>{4100, 0} << 0LL << 1000LL;
    QTest::newRow("vouchers, then cash")
        << VoucherSpecs{{300, 10}} << 1000LL << 800LL << QList<qint64>{0} << 500LL << 300LL;
    QTest::newRow("cash into arrears")
        << VoucherSpecs{} << 200LL << 700LL << QList<qint64>{} << -500LL << 0LL;
    QTest::newRow("vouchers then arrears") << VoucherSpecs{{150, 1}, {250, 9}} << 0LL << 1000LL
                                           << QList<qint64>{0, 0} << -600LL << 400LL;
}

void TestWalletLedger::vouchersPaySoonestFirstThenCash()
{
    QFETCH(VoucherSpecs, vouchers);
    QFETCH(qint64, cash);
    QFETCH(qint64, charge);
    QFETCH(QList<qint64>, remaining);
    QFETCH(qint64, cashAfter);
    QFETCH(qint64, fromVouchers);

    QStringList ids;
    if (cash > 0)
        m_f->wallets->recharge(m_account, cash);
    for (const auto &[cents, days] : vouchers) {
        const WalletView before = m_f->wallets->view(m_account);
        m_f->wallets->grantVoucher(m_account, cents, m_f->clock.now().addDays(days));
        for (const Voucher &voucher : m_f->wallets->view(m_account).vouchers) {
            if (!ids.contains(voucher.id))
                ids.append(voucher.id);
        }
        QCOMPARE(ids.size(), before.vouchers.size() + 1);
    }
    const qint64 balanceBefore = m_f->wallets->view(m_account).balanceCents();
    m_f->settleDay(m_account, QDate(2026, 11, 20), charge);

    for (qsizetype i = 0; i < ids.size(); ++i) {
        QCOMPARE(m_f->integer(u"SELECT remaining_cents FROM vouchers WHERE id = ?"_qs, {ids.at(i)}),
                 remaining.at(i));
    }
    const WalletView after = m_f->wallets->view(m_account);
    QCOMPARE(after.cashCents, cashAfter);
    QCOMPARE(after.balanceCents(), balanceBefore - charge);
    SqlStatement entry(m_f->db.handle(),
                       u"SELECT kind, amount_cents, balance_after_cents, cash_after_cents, "
                       "from_vouchers_cents, day FROM ledger ORDER BY seq DESC LIMIT 1"_qs);
    entry.exec();
    QVERIFY(entry.next());
    QCOMPARE(entry.text(0), u"charge"_qs);
    QCOMPARE(entry.integer(1), -charge);
    QCOMPARE(entry.integer(2), after.balanceCents());
    QCOMPARE(entry.integer(3), cashAfter);
    QCOMPARE(entry.integer(4), fromVouchers);
    QCOMPARE(entry.text(5), u"2026-11-20"_qs);
}

void TestWalletLedger::expiredVoucherNeverPays_data()
{
    QTest::addColumn<int>("expiresInSeconds"); // relative to the charge
    QTest::addColumn<bool>("pays");
    QTest::newRow("expired an hour before") << -3600 << false;
    QTest::newRow("expires at the charge") << 0 << false;
    QTest::newRow("expires a second after") << 1 << true;
}

void TestWalletLedger::expiredVoucherNeverPays()
{
    QFETCH(int, expiresInSeconds);
    QFETCH(bool, pays);
    const QDateTime chargeAt = m_f->clock.now().addDays(2);
    m_f->wallets->grantVoucher(m_account, 1000, chargeAt.addSecs(expiresInSeconds));
    m_f->clock.set(chargeAt);
    m_f->settleDay(m_account, QDate(2026, 11, 21), 300);

    const WalletView view = m_f->wallets->view(m_account);
    QCOMPARE(view.cashCents, pays ? 0 : -300);
    QCOMPARE(view.balanceCents(), pays ? 700 : -300);
    const qint64 expiries =
        m_f->integer(u"SELECT count(*) FROM ledger WHERE kind = 'voucher_expired'"_qs);
    QCOMPARE(expiries, pays ? 0 : 1);
    if (!pays) {
        // The expiry entry takes the unused remaining off the balance, at the voucher's time.
        QCOMPARE(m_f->integer(u"SELECT amount_cents FROM ledger WHERE kind = 'voucher_expired'"_qs),
                 -1000);
        QCOMPARE(m_f->integer(u"SELECT at FROM ledger WHERE kind = 'voucher_expired'"_qs),
                 chargeAt.addSecs(expiresInSeconds).toSecsSinceEpoch());
        QCOMPARE(m_f->integer(u"SELECT from_vouchers_cents FROM ledger WHERE kind = 'charge'"_qs),
                 0);
    }
}

void TestWalletLedger::voucherExpiresOnTheTimerNotOnARead()
{
    m_f->wallets->grantVoucher(m_account, 400, m_f->clock.now().addDays(1));
    m_f->settleDay(m_account, QDate(2026, 11, 20), 150);
    m_f->clock.advanceDays(2);
    // Reading the wallet writes nothing (issue 19: reads never write)...
    m_f->wallets->view(m_account);
    QCOMPARE(m_f->integer(u"SELECT count(*) FROM ledger WHERE kind = 'voucher_expired'"_qs), 0);
    // ...the server's timer expires the voucher, once.
    m_f->wallets->expireDueVouchers();
    const WalletView view = m_f->wallets->view(m_account);
    QVERIFY(view.vouchers.isEmpty());
    QCOMPARE(view.balanceCents(), 0);
    QCOMPARE(m_f->integer(u"SELECT amount_cents FROM ledger WHERE kind = 'voucher_expired'"_qs),
             -250);
    m_f->wallets->expireDueVouchers();
    QCOMPARE(m_f->integer(u"SELECT count(*) FROM ledger WHERE kind = 'voucher_expired'"_qs), 1);
}

void TestWalletLedger::voucherGrantedLaterDoesNotPayEarlierCharges()
{
    const QDateTime chargeAt = m_f->clock.now();
    m_f->clock.advanceDays(1);
    m_f->wallets->grantVoucher(m_account, 1000, m_f->clock.now().addDays(10));
    // A late settlement of an earlier day (the engine passes the day's settlement time).
    TransactionGuard transaction(m_f->db);
    m_f->ledger->chargeDay(m_f->db.handle(), m_account, QDate(2026, 11, 19), 300, chargeAt);
    transaction.commit();
    const WalletView view = m_f->wallets->view(m_account);
    QCOMPARE(view.cashCents, -300);
    QCOMPARE(view.vouchers.value(0).remainingCents, 1000);
}

void TestWalletLedger::ledgerSumsToBalance()
{
    m_f->wallets->recharge(m_account, 10'000);
    m_f->wallets->grantVoucher(m_account, 2'000, m_f->clock.now().addDays(1));
    m_f->wallets->grantVoucher(m_account, 3'000, m_f->clock.now().addDays(30));
    for (int day = 0; day < 5; ++day) {
        m_f->settleDay(m_account, QDate(2026, 11, 20).addDays(day), 1'234 + day * 111);
        m_f->clock.advanceDays(1);
    }
    m_f->wallets->recharge(m_account, 50);
    const WalletView view = m_f->wallets->view(m_account);
    QCOMPARE(
        m_f->integer(u"SELECT sum(amount_cents) FROM ledger WHERE account_id = ?"_qs, {m_account}),
        view.balanceCents());
    QCOMPARE(m_f->integer(u"SELECT balance_after_cents FROM ledger ORDER BY seq DESC LIMIT 1"_qs),
             view.balanceCents());
    QCOMPARE(m_f->integer(u"SELECT cash_after_cents FROM ledger ORDER BY seq DESC LIMIT 1"_qs),
             view.cashCents);
    // Every entry's balance is the running sum of the amounts up to it.
    QCOMPARE(m_f->integer(u"SELECT count(*) FROM ledger l WHERE balance_after_cents <> "
                          "(SELECT sum(amount_cents) FROM ledger WHERE seq <= l.seq)"_qs),
             0);
    QCOMPARE(m_f->integer(u"SELECT count(*) FROM ledger WHERE kind = 'voucher_expired'"_qs), 1);
}

void TestWalletLedger::ledgerIsAppendOnly_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update") << u"UPDATE ledger SET amount_cents = 0"_qs;
    QTest::newRow("delete") << u"DELETE FROM ledger"_qs;
}

void TestWalletLedger::ledgerIsAppendOnly()
{
    QFETCH(QString, sql);
    m_f->wallets->recharge(m_account, 500);
    QVERIFY_THROWS_EXCEPTION(StorageError, SqlStatement(m_f->db.handle(), sql).exec());
    QCOMPARE(m_f->integer(u"SELECT amount_cents FROM ledger"_qs), 500);
}

void TestWalletLedger::chargesOnTheCallersConnection()
{
    m_f->wallets->recharge(m_account, 1'000);
    m_f->wallets->grantVoucher(m_account, 200, m_f->clock.now().addDays(3));
    const QString path = m_f->path();
    const QString account = m_account;
    const QDateTime at = m_f->clock.now();
    WalletLedger &ledger = *m_f->ledger;
    QString failure;
    // The engine's worker: its own thread, its own connection, its own transaction.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"settlement-worker"_qs);
            db.setDatabaseName(path);
            if (!db.open()) {
                failure = db.lastError().text();
                return;
            }
            QSqlQuery(db).exec(u"PRAGMA busy_timeout = 5000"_qs);
            try {
                SqlStatement(db, u"BEGIN IMMEDIATE"_qs).exec();
                ledger.chargeDay(db, account, QDate(2026, 11, 20), 450, at);
                ledger.chargeDay(db, account, QDate(2026, 11, 21), 50, at);
                SqlStatement(db, u"COMMIT"_qs).exec();
            } catch (const StorageError &error) {
                failure = QString::fromUtf8(error.what());
            }
            ledger.releaseConnection(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"settlement-worker"_qs);
    }));
    worker->start();
    QVERIFY(worker->wait(30'000));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const WalletView view = m_f->wallets->view(m_account);
    QCOMPARE(view.cashCents, 700);
    QVERIFY(view.vouchers.isEmpty());
    QCOMPARE(m_f->integer(u"SELECT count(*) FROM ledger WHERE kind = 'charge'"_qs), 2);
    // The server's connection still works with its own statements afterwards.
    QCOMPARE(m_f->wallets->recharge(m_account, 300).cashCents, 1'000);
}

QTEST_GUILESS_MAIN(TestWalletLedger)
#include "tst_wallet_ledger.moc"
