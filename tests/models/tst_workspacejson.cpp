#include "ApiError.h"
#include "Rfc3339.h"
#include "Workspace.h"

#include <QJsonDocument>
#include <QTest>

using namespace billing;

class TestWorkspaceJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractExampleRoundTrips();
    void billingCenterOmitsAliyunIds();
    void invalidWorkspaces_data();
    void invalidWorkspaces();
    void times_data();
    void times();
    void apiErrorRoundTrip();
};

static const QByteArray kContractExample =
    R"({"id":"ws_7f3a","name":"prod-observability","site":"cn1","language":"zh",
 "settlement":{"method":"aliyun","aliyunAccountId":"1234567890123456",
               "instanceId":"6227091","since":"2026-11-02T08:00:00Z"},
 "nextChangeAllowedAt":"2026-12-01T00:00:00Z",
 "status":"active","lockAt":null,"version":7,
 "createdAt":"2026-10-01T02:00:00Z","updatedAt":"2026-11-02T08:00:00Z"})";

void TestWorkspaceJson::contractExampleRoundTrips()
{
    const QJsonObject source = QJsonDocument::fromJson(kContractExample).object();
    QString error;
    const auto workspace = workspaceFromJson(source, &error);
    QVERIFY2(workspace, qPrintable(error));
    QCOMPARE(workspace->settlement.method, SettlementMethod::Aliyun);
    QCOMPARE(workspace->settlement.instanceId, u"6227091"_qs);
    QCOMPARE(workspace->version, 7);
    QVERIFY(!workspace->lockAt.isValid());
    QCOMPARE(workspace->nextChangeAllowedAt, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
    // The contract's members plus the extension lockReason, null while active.
    QJsonObject withExtension = source;
    withExtension.insert(u"lockReason"_qs, QJsonValue::Null);
    QCOMPARE(toJson(*workspace), withExtension);
}

void TestWorkspaceJson::billingCenterOmitsAliyunIds()
{
    Workspace workspace;
    workspace.id = u"ws_1"_qs;
    workspace.site = u"id1"_qs;
    workspace.settlement.aliyunAccountId = u"1234567890123456"_qs; // stale, must not leak out
    const QJsonObject settlement = toJson(workspace).value(u"settlement").toObject();
    QCOMPARE(settlement.value(u"method").toString(), u"billing_center"_qs);
    QVERIFY(!settlement.contains(u"aliyunAccountId"));
    QVERIFY(!settlement.contains(u"instanceId"));
    QVERIFY(toJson(workspace).value(u"nextChangeAllowedAt").isNull());
}

void TestWorkspaceJson::invalidWorkspaces_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("no id") << u"id"_qs << QJsonValue() << u"id"_qs;
    QTest::newRow("bad status") << u"status"_qs << QJsonValue(u"frozen"_qs) << u"status"_qs;
    QTest::newRow("version string") << u"version"_qs << QJsonValue(u"7"_qs) << u"version"_qs;
    QTest::newRow("bad time") << u"updatedAt"_qs << QJsonValue(u"yesterday"_qs) << u"updatedAt"_qs;
    QTest::newRow("bad method") << u"settlement"_qs
                                << QJsonValue(QJsonObject{{u"method"_qs, u"paypal"_qs}})
                                << u"settlement.method"_qs;
    QTest::newRow("aliyun without ids")
        << u"settlement"_qs << QJsonValue(QJsonObject{{u"method"_qs, u"aliyun"_qs}})
        << u"settlement.aliyunAccountId"_qs;
}

void TestWorkspaceJson::invalidWorkspaces()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject object = QJsonDocument::fromJson(kContractExample).object();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    QString error;
    QVERIFY(!workspaceFromJson(object, &error));
    QCOMPARE(error, field);
}

void TestWorkspaceJson::times_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("utc") << u"2026-11-26T08:00:00Z"_qs << u"2026-11-26T08:00:00Z"_qs;
    QTest::newRow("fraction") << u"2026-11-26T08:00:00.250Z"_qs << u"2026-11-26T08:00:00Z"_qs;
    QTest::newRow("offset") << u"2026-11-26T16:00:00+08:00"_qs << u"2026-11-26T08:00:00Z"_qs;
    QTest::newRow("negative offset")
        << u"2026-11-25T23:30:00-08:30"_qs << u"2026-11-26T08:00:00Z"_qs;
    QTest::newRow("lowercase") << u"2026-11-26t08:00:00z"_qs << u"2026-11-26T08:00:00Z"_qs;
    QTest::newRow("no zone") << u"2026-11-26T08:00:00"_qs << QString();
    QTest::newRow("space") << u"2026-11-26 08:00:00Z"_qs << QString();
    QTest::newRow("bad day") << u"2026-02-30T08:00:00Z"_qs << QString();
    QTest::newRow("bad hour") << u"2026-11-26T25:00:00Z"_qs << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestWorkspaceJson::times()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    QCOMPARE(rfc3339::format(rfc3339::parse(input)), normalised);
}

void TestWorkspaceJson::apiErrorRoundTrip()
{
    ApiError error = ApiError::make(ErrorCode::ChangeTooSoon, u"once a month"_qs,
                                    {{u"method"_qs, u"too soon"_qs}});
    error.nextChangeAllowedAt = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    error.current = workspaceFromJson(QJsonDocument::fromJson(kContractExample).object());
    const QJsonObject body = error.toBody();
    QCOMPARE(body.value(u"error").toObject().value(u"code").toString(), u"change_too_soon"_qs);
    const ApiError back = ApiError::fromJson(body.value(u"error").toObject());
    QCOMPARE(back.code, ErrorCode::ChangeTooSoon);
    QCOMPARE(back.fields, error.fields);
    QCOMPARE(back.nextChangeAllowedAt, error.nextChangeAllowedAt);
    QVERIFY(back.current);
    QCOMPARE(back.current->version, 7);
    QCOMPARE(httpStatus(ErrorCode::ChangeTooSoon), 422);
    QCOMPARE(httpStatus(ErrorCode::PayloadTooLarge), 413);
    const ApiError unknown = ApiError::fromJson(QJsonObject{{u"code"_qs, u"brand_new"_qs}});
    QCOMPARE(unknown.wireCode, u"brand_new"_qs);
    QCOMPARE(unknown.code, ErrorCode::Internal);
}

QTEST_GUILESS_MAIN(TestWorkspaceJson)
#include "tst_workspacejson.moc"
