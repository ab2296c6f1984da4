// models/billing/BillLine: the wire form of a bill line read and written back unchanged, exact
// amounts, and what is refused.
#include "BillLine.h"

#include <QJsonDocument>
#include <QTest>

using namespace billing;

namespace {
QJsonObject walletLine()
{
    return QJsonDocument::fromJson(R"({"id":"bl_1f","day":"2026-11-25","workspaceId":"ws_0001",
        "workspaceName":"Checkout","site":"cn1","item":"logs","quantity":"6000",
        "unit":1000000,"unitPrice":"1.20","currency":"CNY","amount":"7.20",
        "payer":{"method":"billing_center"},"status":"charged"})")
        .object();
}

QJsonObject marketLine()
{
    return QJsonDocument::fromJson(R"({"id":"bl_20","day":"2026-11-30","workspaceId":"ws_0002",
        "workspaceName":"Edge","site":"cn6","item":"apm_traces","quantity":"1234567.8912",
        "unit":1000000,"unitPrice":"10.00","currency":"CNY","amount":"12345678901.99",
        "payer":{"method":"aliyun","instanceId":"6227091"},"status":"push_failed",
        "pushError":"Throttling.User"})")
        .object();
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}
} // namespace

class BillLineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAWalletLine()
    {
        const auto line = BillLine::fromJson(walletLine());
        QVERIFY(line);
        QCOMPARE(line->id, u"bl_1f"_qs);
        QCOMPARE(line->day, QDate(2026, 11, 25));
        QCOMPARE(line->workspaceName, u"Checkout"_qs);
        QCOMPARE(line->quantity, u"6000"_qs);
        QCOMPARE(line->unit, 1000000);
        QCOMPARE(line->unitPrice, u"1.20"_qs);
        QCOMPARE(line->amountCents, 720);
        QCOMPARE(line->payerMethod, SettlementMethod::BillingCenter);
        QVERIFY(line->payerInstanceId.isEmpty());
        QCOMPARE(line->payerKey(), u"billing_center"_qs);
        QCOMPARE(line->status, BillLineStatus::Charged);
    }

    void readsAMarketplaceLineExactly()
    {
        const auto line = BillLine::fromJson(marketLine());
        QVERIFY(line);
        // More cents than a double holds exactly at two places.
        QCOMPARE(line->amountCents, Q_INT64_C(1234567890199));
        QCOMPARE(line->amountText(), u"12345678901.99"_qs);
        QCOMPARE(line->quantity, u"1234567.8912"_qs);
        QCOMPARE(line->payerKey(), u"aliyun:6227091"_qs);
        QCOMPARE(line->status, BillLineStatus::PushFailed);
        QCOMPARE(line->pushError, u"Throttling.User"_qs);
    }

    void writesWhatItRead_data()
    {
        QTest::addColumn<QJsonObject>("wire");
        QTest::newRow("wallet") << walletLine();
        QTest::newRow("marketplace") << marketLine();
    }
    void writesWhatItRead()
    {
        QFETCH(QJsonObject, wire);
        const auto line = BillLine::fromJson(wire);
        QVERIFY(line);
        QCOMPARE(line->toJson(), wire);
        QCOMPARE(BillLine::fromJson(line->toJson()), line);
    }

    void statusWireNames_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<BillLineStatus>("status");
        QTest::newRow("charged") << u"charged"_qs << BillLineStatus::Charged;
        QTest::newRow("pending") << u"pending_push"_qs << BillLineStatus::PendingPush;
        QTest::newRow("pushed") << u"pushed"_qs << BillLineStatus::Pushed;
        QTest::newRow("failed") << u"push_failed"_qs << BillLineStatus::PushFailed;
    }
    void statusWireNames()
    {
        QFETCH(QString, wire);
        QFETCH(BillLineStatus, status);
        QCOMPARE(billLineStatusFromWire(wire), status);
        QCOMPARE(toWire(status), wire);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue missing = QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no id") << u"id"_qs << missing << u"id"_qs;
        QTest::newRow("bad day") << u"day"_qs << QJsonValue(u"2026-11-31"_qs) << u"day"_qs;
        QTest::newRow("no workspace") << u"workspaceId"_qs << missing << u"workspaceId"_qs;
        QTest::newRow("name not text")
            << u"workspaceName"_qs << QJsonValue(3) << u"workspaceName"_qs;
        QTest::newRow("no site") << u"site"_qs << missing << u"site"_qs;
        QTest::newRow("no item") << u"item"_qs << missing << u"item"_qs;
        QTest::newRow("quantity as number") << u"quantity"_qs << QJsonValue(6000) << u"quantity"_qs;
        QTest::newRow("quantity five places")
            << u"quantity"_qs << QJsonValue(u"1.00001"_qs) << u"quantity"_qs;
        QTest::newRow("negative quantity")
            << u"quantity"_qs << QJsonValue(u"-1"_qs) << u"quantity"_qs;
        QTest::newRow("unit zero") << u"unit"_qs << QJsonValue(0) << u"unit"_qs;
        QTest::newRow("unit fraction") << u"unit"_qs << QJsonValue(2.5) << u"unit"_qs;
        QTest::newRow("unit as text") << u"unit"_qs << QJsonValue(u"1000"_qs) << u"unit"_qs;
        QTest::newRow("bad price") << u"unitPrice"_qs << QJsonValue(u"1,20"_qs) << u"unitPrice"_qs;
        QTest::newRow("no currency") << u"currency"_qs << missing << u"currency"_qs;
        QTest::newRow("amount three places")
            << u"amount"_qs << QJsonValue(u"7.200"_qs) << u"amount"_qs;
        QTest::newRow("amount as number") << u"amount"_qs << QJsonValue(7.2) << u"amount"_qs;
        QTest::newRow("no payer") << u"payer"_qs << missing << u"payer.method"_qs;
        QTest::newRow("unknown payer")
            << u"payer"_qs << QJsonValue(QJsonObject{{u"method"_qs, u"paypal"_qs}})
            << u"payer.method"_qs;
        QTest::newRow("instance as number")
            << u"payer"_qs
            << QJsonValue(QJsonObject{{u"method"_qs, u"aliyun"_qs}, {u"instanceId"_qs, 62}})
            << u"payer.instanceId"_qs;
        QTest::newRow("unknown status") << u"status"_qs << QJsonValue(u"paid"_qs) << u"status"_qs;
    }
    void refuses()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QString error;
        QVERIFY(!BillLine::fromJson(with(walletLine(), key, value), &error));
        QCOMPARE(error, field);
    }
};

QTEST_GUILESS_MAIN(BillLineTest)
#include "tst_billline.moc"
