// The demo account's bills (--demo-workspaces): 90 settled days of plausible usage at start,
// whose figures add up to the cent, and a new day of the same kind each time the sandbox
// clock passes midnight.
#include "BillsTest.h"

#include <QSet>

#include <algorithm>

using namespace billing::test;

class TestServerDemoBills : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ninetyDaysAreSettledAtStart();
    void aPassedMidnightBringsADayOfDemoUsage();

private:
    QJsonObject statementOf(const QDate &month);

    TestServer m_server{[] {
        TestServer::Options options;
        options.extraArgs = {u"--demo-workspaces"_qs, u"40"_qs};
        return options;
    }()};
    HttpClient m_anon;
    HttpClient m_demo;
    QDate m_today;
};

void TestServerDemoBills::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    const Session demo = login(m_anon, u"demo"_qs, u"demo-pass-2026"_qs);
    VERIFY_NO_ERROR(demo.error);
    m_demo.setBaseUrl(m_server.baseUrl());
    m_demo.setToken(demo.token);
    QString error;
    m_today = serverNow(m_anon, &error).toOffsetFromUtc(8 * 3600).date();
    VERIFY_NO_ERROR(error);
}

void TestServerDemoBills::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QJsonObject TestServerDemoBills::statementOf(const QDate &month)
{
    const HttpReply reply = m_demo.get(kBills, {{u"month"_qs, month.toString(u"yyyy-MM")}});
    if (reply.status != 200)
        qWarning("%s", qPrintable(reply.describe()));
    return reply.object();
}

void TestServerDemoBills::ninetyDaysAreSettledAtStart()
{
    const QDate first = m_today.addDays(-90);
    const QDate last = m_today.addDays(-1);
    int days = 0;
    QSet<QString> payers;
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
        const QJsonObject bill = statementOf(month);
        QCOMPARE(bill.value(u"currency").toString(), u"CNY"_qs);
        qint64 total = 0;
        QList<qint64> dayTotals;
        for (const QJsonValue &value : bill.value(u"byDay").toArray()) {
            const QJsonObject day = value.toObject();
            const QDate date = QDate::fromString(day.value(u"day").toString(), Qt::ISODate);
            QVERIFY(date >= first && date <= last);
            qint64 items = 0;
            for (const QJsonValue &amount : day.value(u"byItem").toObject())
                items += centsOf(amount);
            QCOMPARE(items, centsOf(day.value(u"total")));
            total += items;
            dayTotals << items;
            ++days;
        }
        QCOMPARE(total, centsOf(bill.value(u"total")));
        qint64 byPayer = 0;
        for (const QJsonValue &value : bill.value(u"byPayer").toArray()) {
            byPayer += centsOf(value.toObject().value(u"total"));
            payers.insert(value.toObject().value(u"payer").toObject().value(u"method").toString());
        }
        QCOMPARE(byPayer, total);
        // Plausible: every day costs something, and no two weeks look flat.
        QVERIFY(!dayTotals.isEmpty());
        QVERIFY(*std::min_element(dayTotals.cbegin(), dayTotals.cend()) > 0);
        QVERIFY(*std::max_element(dayTotals.cbegin(), dayTotals.cend())
                > *std::min_element(dayTotals.cbegin(), dayTotals.cend()));
    }
    QCOMPARE(days, 90);
    QVERIFY(payers.contains(u"billing_center"_qs));
    QVERIFY(payers.contains(u"aliyun"_qs));
    QCOMPARE(statementOf(last).value(u"settledThrough").toString(), last.toString(Qt::ISODate));
}

void TestServerDemoBills::aPassedMidnightBringsADayOfDemoUsage()
{
    const QString today = m_today.toString(Qt::ISODate);
    VERIFY_STATUS(
        setClock(
            m_anon,
            QDateTime(m_today.addDays(1), QTime(0, 0, 3), Qt::OffsetFromUTC, 8 * 3600).toUTC()),
        200);
    const Session demo = login(m_anon, u"demo"_qs, u"demo-pass-2026"_qs);
    m_demo.setToken(demo.token);
    QJsonObject bill;
    QVERIFY(QTest::qWaitFor(
        [&] {
            bill = statementOf(m_today);
            return bill.value(u"settledThrough").toString() == today;
        },
        30000));
    const QJsonArray days = bill.value(u"byDay").toArray();
    QVERIFY(!days.isEmpty());
    QCOMPARE(days.last().toObject().value(u"day").toString(), today);
    QVERIFY(centsOf(days.last().toObject().value(u"total")) > 0);
}

QTEST_GUILESS_MAIN(TestServerDemoBills)
#include "tst_server_demobills.moc"
