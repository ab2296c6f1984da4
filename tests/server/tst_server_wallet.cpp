// The wallet over HTTP against the real server: GET /account/wallet and /account/ledger, the
// sandbox's recharge and vouchers with their validation, the ledger's month (Beijing time)
// and paging. Charges and arrears end to end: tst_server_wallet_arrears.
#include "ApiHelpers.h"
#include "ReplyChecks.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QTest>

using namespace billing;
using namespace billing::test;

class TestServerWallet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void newWalletIsEmpty_data();
    void newWalletIsEmpty();
    void rechargeAndVouchersShowInWalletAndLedger();
    void sandboxBodiesAreValidated_data();
    void sandboxBodiesAreValidated();
    void ledgerMonthIsValidated_data();
    void ledgerMonthIsValidated();
    void ledgerMonthIsABeijingMonth_data();
    void ledgerMonthIsABeijingMonth();
    void ledgerPages();
    void demoAccountHasCashAndAVoucher();

private:
    Session newAccount(const QString &prefix, const QString &site = u"cn1"_qs);
    HttpReply recharge(const QString &username, const QString &amount);
    QJsonObject wallet(const Session &session);
    QJsonArray ledger(const Session &session, const QueryItems &query = {});

    TestServer m_server;
    HttpClient m_anon;
};

void TestServerWallet::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
}

void TestServerWallet::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

Session TestServerWallet::newAccount(const QString &prefix, const QString &site)
{
    return registerAccount(m_anon, uniqueName(prefix), site);
}

HttpReply TestServerWallet::recharge(const QString &username, const QString &amount)
{
    return m_anon.post(u"/api/v1/sandbox/wallet/recharge"_qs,
                       {{u"amount"_qs, amount}, {u"username"_qs, username}});
}

QJsonObject TestServerWallet::wallet(const Session &session)
{
    HttpClient client(m_server.baseUrl(), session.token);
    const HttpReply reply = client.get(u"/api/v1/account/wallet"_qs);
    return reply.status == 200 ? reply.object() : QJsonObject{{u"error"_qs, reply.describe()}};
}

QJsonArray TestServerWallet::ledger(const Session &session, const QueryItems &query)
{
    HttpClient client(m_server.baseUrl(), session.token);
    QString error;
    const QJsonArray items = listAll(client, u"/api/v1/account/ledger"_qs, query, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return items;
}

void TestServerWallet::newWalletIsEmpty_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("currency");
    QTest::newRow("China site") << u"cn2"_qs << u"CNY"_qs;
    QTest::newRow("international site") << u"cn6"_qs << u"USD"_qs;
}

void TestServerWallet::newWalletIsEmpty()
{
    QFETCH(QString, site);
    QFETCH(QString, currency);
    const Session session = newAccount(u"walletNew"_qs, site);
    VERIFY_NO_ERROR(session.error);
    const QJsonObject expected{{u"currency"_qs, currency},
                               {u"cash"_qs, u"0.00"_qs},
                               {u"arrears"_qs, u"0.00"_qs},
                               {u"vouchers"_qs, QJsonArray()},
                               {u"averageDailyCharge"_qs, u"0.00"_qs},
                               {u"daysCovered"_qs, QJsonValue::Null},
                               {u"lowBalance"_qs, false}};
    QCOMPARE(wallet(session), expected);
    QVERIFY(ledger(session).isEmpty());
}

void TestServerWallet::rechargeAndVouchersShowInWalletAndLedger()
{
    const Session session = newAccount(u"walletTop"_qs);
    VERIFY_NO_ERROR(session.error);
    QString error;
    const QDateTime now = serverNow(m_anon, &error);
    VERIFY_NO_ERROR(error);
    const HttpReply recharged = recharge(session.username, u"100.5"_qs);
    VERIFY_STATUS(recharged, 200);
    QCOMPARE(recharged.object().value(u"cash"), u"100.50"_qs);
    for (const auto &[amount, days] : {std::pair{u"20.00"_qs, 10}, {u"7.25"_qs, 5}}) {
        const HttpReply granted =
            m_anon.post(u"/api/v1/sandbox/wallet/vouchers"_qs,
                        {{u"amount"_qs, amount},
                         {u"expiresAt"_qs, now.addDays(days).toString(Qt::ISODate)},
                         {u"username"_qs, session.username}});
        VERIFY_STATUS(granted, 200);
    }
    const QJsonObject current = wallet(session);
    const QJsonArray vouchers = current.value(u"vouchers").toArray();
    QCOMPARE(vouchers.size(), 2);
    QCOMPARE(vouchers.at(0)[u"remaining"], u"7.25"_qs); // the soonest expiry first
    QCOMPARE(vouchers.at(0)[u"expiresAt"], now.addDays(5).toString(Qt::ISODate));
    QCOMPARE(vouchers.at(1)[u"amount"], u"20.00"_qs);
    QCOMPARE(current.value(u"cash"), u"100.50"_qs);

    const QJsonArray entries = ledger(session);
    QStringList kinds;
    for (const QJsonValue &entry : entries)
        kinds << entry[u"kind"].toString();
    QCOMPARE(kinds, (QStringList{u"voucher_granted"_qs, u"voucher_granted"_qs, u"recharge"_qs}));
    QCOMPARE(entries.at(0)[u"balance"], u"127.75"_qs); // newest first
    QCOMPARE(entries.at(0)[u"cash"], u"100.50"_qs);
    QCOMPARE(entries.at(0)[u"voucherId"], vouchers.at(0)[u"id"]);
    QCOMPARE(entries.at(2)[u"amount"], u"100.50"_qs);
    QVERIFY(!entries.at(2).toObject().contains(u"voucherId"));
    QVERIFY(entries.at(2)[u"id"].toString().startsWith(u"le_"));
}

void TestServerWallet::sandboxBodiesAreValidated_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("fields");
    const QString recharge = u"/api/v1/sandbox/wallet/recharge"_qs;
    const QString vouchers = u"/api/v1/sandbox/wallet/vouchers"_qs;
    const QByteArray future = R"(,"expiresAt":"2099-01-01T00:00:00Z")";
    QTest::newRow("no amount") << recharge << QByteArray("{}") << QStringList{u"amount"_qs};
    QTest::newRow("zero") << recharge << QByteArray(R"({"amount":"0.00"})")
                          << QStringList{u"amount"_qs};
    QTest::newRow("negative") << recharge << QByteArray(R"({"amount":"-1.00"})")
                              << QStringList{u"amount"_qs};
    QTest::newRow("three decimals")
        << recharge << QByteArray(R"({"amount":"1.001"})") << QStringList{u"amount"_qs};
    QTest::newRow("a number") << recharge << QByteArray(R"({"amount":5})")
                              << QStringList{u"amount"_qs};
    QTest::newRow("unknown user") << recharge
                                  << QByteArray(R"({"amount":"1.00","username":"nobody-x"})")
                                  << QStringList{u"username"_qs};
    QTest::newRow("unknown field")
        << recharge << QByteArray(R"({"amount":"1.00","cash":"1"})") << QStringList{u"cash"_qs};
    QTest::newRow("voucher without expiry")
        << vouchers << QByteArray(R"({"amount":"1.00"})") << QStringList{u"expiresAt"_qs};
    QTest::newRow("voucher expired")
        << vouchers << QByteArray(R"({"amount":"1.00","expiresAt":"2001-01-01T00:00:00Z"})")
        << QStringList{u"expiresAt"_qs};
    QTest::newRow("voucher bad time")
        << vouchers << QByteArray(R"({"amount":"1.00","expiresAt":"soon"})")
        << QStringList{u"expiresAt"_qs};
    QTest::newRow("voucher bad amount")
        << vouchers << QByteArray(R"({"amount":"1e3")" + future + "}") << QStringList{u"amount"_qs};
}

void TestServerWallet::sandboxBodiesAreValidated()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, fields);
    const HttpReply reply = m_anon.postRaw(path, body);
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, fields);
}

void TestServerWallet::ledgerMonthIsValidated_data()
{
    QTest::addColumn<QString>("month");
    QTest::newRow("month 13") << u"2026-13"_qs;
    QTest::newRow("one digit") << u"2026-1"_qs;
    QTest::newRow("a day") << u"2026-11-01"_qs;
    QTest::newRow("empty") << QString(u""_qs);
}

void TestServerWallet::ledgerMonthIsValidated()
{
    QFETCH(QString, month);
    const Session session = newAccount(u"walletMonth"_qs);
    VERIFY_NO_ERROR(session.error);
    HttpClient client(m_server.baseUrl(), session.token);
    const HttpReply reply = client.get(u"/api/v1/account/ledger"_qs, {{u"month"_qs, month}});
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, {u"month"_qs});
}

void TestServerWallet::ledgerMonthIsABeijingMonth_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("month");
    QTest::newRow("UTC October, Beijing November") << u"2026-10-31T16:00:00Z"_qs << u"2026-11"_qs;
    QTest::newRow("last second of October") << u"2026-10-31T15:59:59Z"_qs << u"2026-10"_qs;
    QTest::newRow("UTC November, Beijing December") << u"2026-11-30T17:00:00Z"_qs << u"2026-12"_qs;
}

void TestServerWallet::ledgerMonthIsABeijingMonth()
{
    QFETCH(QString, at);
    QFETCH(QString, month);
    const Session session = newAccount(u"walletBj"_qs);
    VERIFY_NO_ERROR(session.error);
    QString error;
    const QDateTime before = serverNow(m_anon, &error);
    VERIFY_STATUS(setClock(m_anon, utc(qPrintable(at))), 200);
    VERIFY_STATUS(recharge(session.username, u"1.00"_qs), 200);
    VERIFY_STATUS(setClock(m_anon, before), 200);
    const QJsonArray entries = ledger(session, {{u"month"_qs, month}});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0)[u"at"], at);
    const QString otherMonth = month == u"2026-11" ? u"2026-10"_qs : u"2026-11"_qs;
    QVERIFY(ledger(session, {{u"month"_qs, otherMonth}}).isEmpty());
}

void TestServerWallet::ledgerPages()
{
    const Session session = newAccount(u"walletPages"_qs);
    VERIFY_NO_ERROR(session.error);
    for (int i = 1; i <= 5; ++i)
        VERIFY_STATUS(recharge(session.username, QString::number(i) + u".00"_qs), 200);
    HttpClient client(m_server.baseUrl(), session.token);
    const HttpReply first = client.get(u"/api/v1/account/ledger"_qs, {{u"limit"_qs, u"2"_qs}});
    VERIFY_PAGE(first);
    QCOMPARE(first.object().value(u"total").toInteger(), 5);
    QCOMPARE(first.items().size(), 2);
    QCOMPARE(first.items().at(0)[u"amount"], u"5.00"_qs);
    const QJsonArray all = ledger(session, {{u"limit"_qs, u"2"_qs}});
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.at(4)[u"amount"], u"1.00"_qs);
    QCOMPARE(all.at(0)[u"balance"], u"15.00"_qs);
}

void TestServerWallet::demoAccountHasCashAndAVoucher()
{
    TestServer::Options options;
    options.extraArgs = {u"--demo-workspaces"_qs, u"40"_qs};
    TestServer demo(options);
    QVERIFY2(demo.start(), qPrintable(demo.errorString()));
    HttpClient anon(demo.baseUrl());
    const Session session = login(anon, u"demo"_qs, u"demo-pass-2026"_qs);
    VERIFY_NO_ERROR(session.error);
    HttpClient client(demo.baseUrl(), session.token);
    const QJsonObject purse = client.get(u"/api/v1/account/wallet"_qs).object();
    QCOMPARE(purse.value(u"currency"), u"CNY"_qs);
    QCOMPARE(purse.value(u"arrears"), u"0.00"_qs);
    QCOMPARE(purse.value(u"vouchers").toArray().size(), 1);
    QVERIFY(!purse.contains(u"lockAt"));
    // Recharged as an administrator would: cash for some days more, not for years.
    const int days = purse.value(u"daysCovered").toInt(-1);
    QVERIFY2(days >= 5 && days <= 45, qPrintable(QString::number(days)));
    // 90 settled days charged, and the ledger adds up to the balance to the cent.
    QString error;
    const QJsonArray entries = listAll(client, u"/api/v1/account/ledger"_qs, {}, &error);
    VERIFY_NO_ERROR(error);
    qint64 sum = 0;
    int charges = 0;
    for (const QJsonValue &entry : entries) {
        sum += qint64(entry[u"amount"].toString().remove(u'.').toLongLong());
        charges += entry[u"kind"] == u"charge"_qs ? 1 : 0;
    }
    QVERIFY2(charges >= 85, qPrintable(QString::number(charges)));
    const qint64 cash = purse.value(u"cash").toString().remove(u'.').toLongLong();
    const qint64 voucher =
        purse.value(u"vouchers")[0][u"remaining"].toString().remove(u'.').toLongLong();
    QCOMPARE(sum, cash + voucher);
    QCOMPARE(entries.at(0)[u"balance"].toString().remove(u'.').toLongLong(), cash + voucher);
    QVERIFY2(demo.stop(), qPrintable(demo.errorString()));
}

QTEST_GUILESS_MAIN(TestServerWallet)
#include "tst_server_wallet.moc"
