// BillLineListJob against the real server's demo bills: every line of a month over more than
// one page of 5000, read exactly as the server lists them, and each filter of the endpoint.
#include "ApiHelpers.h"
#include "BillLineListJob.h"
#include "BillingClient.h"
#include "TestServer.h"

#include <QDate>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace billing;
using namespace billing::test;

namespace {
TestServer::Options demoOptions()
{
    TestServer::Options options;
    options.extraArgs = {u"--demo-workspaces"_qs, u"60"_qs};
    return options;
}
} // namespace

class TestBillLineListJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsEveryLineOfTheMonth();
    void filters_data();
    void filters();
    void badMonthIsTheServersError();

private:
    QList<BillLine> run(const BillLineFilter &filter, ClientError *error = nullptr);
    QJsonArray listed(const QueryItems &query);

    TestServer m_server{demoOptions()};
    HttpClient m_http;
    QNetworkAccessManager m_network;
    std::unique_ptr<BillingClient> m_client;
    QString m_month;
};

void TestBillLineListJob::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_http.setBaseUrl(m_server.baseUrl());
    const Session session = login(m_http, u"demo"_qs, u"demo-pass-2026"_qs);
    QVERIFY2(session.ok(), qPrintable(session.error));
    m_http.setToken(session.token);
    m_client = std::make_unique<BillingClient>(&m_network, m_server.baseUrl());
    m_client->setSession(SessionInfo{session.token, {}, {}});
    // The last whole month of the demo account's 90 settled days (Beijing time).
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
    m_month = QDate(today.year(), today.month(), 1).addMonths(-1).toString(u"yyyy-MM");
}

QList<BillLine> TestBillLineListJob::run(const BillLineFilter &filter, ClientError *error)
{
    BillLineListJob job(*m_client, filter);
    QSignalSpy finished(&job, &PagedListJob::finished);
    job.start();
    if (!finished.wait(60000))
        qWarning("the job did not finish");
    if (error)
        *error = job.error();
    if (!job.ok())
        return {};
    if (job.unreadable() != 0)
        qWarning("%d unreadable lines", job.unreadable());
    return job.unreadable() == 0 ? job.lines() : QList<BillLine>();
}

QJsonArray TestBillLineListJob::listed(const QueryItems &query)
{
    QString error;
    const QJsonArray all = listAll(m_http, u"/api/v1/bill-lines"_qs, query, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return all;
}

void TestBillLineListJob::readsEveryLineOfTheMonth()
{
    const QList<BillLine> lines = run({m_month, {}, {}, {}, {}});
    const QJsonArray server = listed({{u"month"_qs, m_month}});
    QVERIFY2(server.size() > 5000, "more than one page of 5000");
    QCOMPARE(lines.size(), server.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        QCOMPARE(lines.at(i).toJson(), server.at(i).toObject());
}

void TestBillLineListJob::filters_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("item") << u"item"_qs << u"logs"_qs;
    QTest::newRow("wallet payer") << u"payer"_qs << u"billing_center"_qs;
    QTest::newRow("any aliyun instance") << u"payer"_qs << u"aliyun"_qs;
    QTest::newRow("charged") << u"status"_qs << u"charged"_qs;
    QTest::newRow("workspace") << u"workspaceId"_qs << QString(); // the first line's
}

void TestBillLineListJob::filters()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    if (value.isEmpty())
        value = listed({{u"month"_qs, m_month}, {u"limit"_qs, u"1"_qs}}).first()[key].toString();
    BillLineFilter filter{m_month, {}, {}, {}, {}};
    QString *field = key == u"item"     ? &filter.item
                     : key == u"payer"  ? &filter.payer
                     : key == u"status" ? &filter.status
                                        : &filter.workspaceId;
    *field = value;
    const QList<BillLine> lines = run(filter);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.size(), listed({{u"month"_qs, m_month}, {key, value}}).size());
    for (const BillLine &line : lines) {
        const QString actual = key == u"item" ? line.item
                               : key == u"payer"
                                   ? line.payerKey().section(u':', 0, value.count(u':'))
                               : key == u"status" ? toWire(line.status)
                                                  : line.workspaceId;
        QCOMPARE(actual, value);
    }
}

void TestBillLineListJob::badMonthIsTheServersError()
{
    ClientError error;
    QVERIFY(run({u"2026-13"_qs, {}, {}, {}, {}}, &error).isEmpty());
    QCOMPARE(error.httpStatus, 422);
    QCOMPARE(error.kind, ClientError::Kind::Api);
    QVERIFY2(error.api.fields.contains(u"month"_qs), qPrintable(error.detail));
}

QTEST_GUILESS_MAIN(TestBillLineListJob)
#include "tst_billlinelistjob.moc"
