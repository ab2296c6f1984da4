// WorkspaceJsonReader reads exactly what workspaceFromJson() reads (same acceptance,
// same values), only faster; and the RFC 3339 fast path agrees with rfc3339::parse.
#include "Rfc3339.h"
#include "WorkspaceFixtures.h"
#include "WorkspaceJsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
QJsonObject contractWorkspace()
{
    Workspace ws = makeWorkspace(3, u"生产环境 \"A\", ü"_qs, u"cn1"_qs, SettlementMethod::Aliyun);
    ws.status = WorkspaceStatus::LockPending;
    ws.lockAt = fixedNow().addDays(14);
    ws.nextChangeAllowedAt = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    return toJson(ws);
}

void compareWorkspaces(const Workspace &a, const Workspace &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.site, b.site);
    QCOMPARE(a.language, b.language);
    QCOMPARE(a.settlement.method, b.settlement.method);
    QCOMPARE(a.settlement.aliyunAccountId, b.settlement.aliyunAccountId);
    QCOMPARE(a.settlement.instanceId, b.settlement.instanceId);
    QCOMPARE(a.settlement.since, b.settlement.since);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.lockAt, b.lockAt);
    QCOMPARE(a.nextChangeAllowedAt, b.nextChangeAllowedAt);
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.updatedAt, b.updatedAt);
}
} // namespace

class TestWorkspaceJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsWorkspaceFromJson_data();
    void sameAsWorkspaceFromJson();
    void readsPages();
    void rejectsNonJson();
    void batchResultsSameAsGeneralReader();
    void batchResultsRejectMalformedItems_data();
    void batchResultsRejectMalformedItems();
    void fastTimes_data();
    void fastTimes();
};

void TestWorkspaceJsonReader::sameAsWorkspaceFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    const QJsonObject good = contractWorkspace();
    auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject object = good;
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    auto withSettlement = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject object = good;
        QJsonObject settlement = object.value(u"settlement").toObject();
        if (value.isUndefined())
            settlement.remove(key);
        else
            settlement.insert(key, value);
        object.insert(u"settlement"_qs, settlement);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("contract") << QJsonDocument(good).toJson();
    QTest::newRow("billing center")
        << QJsonDocument(toJson(makeWorkspace(4, u"x"_qs, u"id1"_qs))).toJson();
    QTest::newRow("escapes") << with(u"name"_qs, u"tab\there \u00e9 \U0001F600 \\ \"q\""_qs);
    QTest::newRow("fraction and offset")
        << with(u"createdAt"_qs, u"2026-11-26T10:00:00.123+02:00"_qs);
    QTest::newRow("lowercase t and z") << with(u"updatedAt"_qs, u"2026-11-26t08:00:00z"_qs);
    QTest::newRow("bad time") << with(u"createdAt"_qs, u"2026-13-26T08:00:00Z"_qs);
    QTest::newRow("feb 30") << with(u"createdAt"_qs, u"2026-02-30T08:00:00Z"_qs);
    QTest::newRow("time as number") << with(u"lockAt"_qs, 5);
    QTest::newRow("no lockAt") << with(u"lockAt"_qs, QJsonValue::Undefined);
    QTest::newRow("no id") << with(u"id"_qs, QJsonValue::Undefined);
    QTest::newRow("id not a string") << with(u"id"_qs, 12);
    QTest::newRow("no site") << with(u"site"_qs, u""_qs);
    QTest::newRow("unknown status") << with(u"status"_qs, u"frozen"_qs);
    QTest::newRow("version as string") << with(u"version"_qs, u"3"_qs);
    QTest::newRow("version fractional") << with(u"version"_qs, 2.5);
    QTest::newRow("no settlement") << with(u"settlement"_qs, QJsonValue::Undefined);
    QTest::newRow("unknown method") << withSettlement(u"method"_qs, u"paypal"_qs);
    QTest::newRow("aliyun without uid")
        << withSettlement(u"aliyunAccountId"_qs, QJsonValue::Undefined);
    QTest::newRow("aliyun without instance") << withSettlement(u"instanceId"_qs, u""_qs);
    QTest::newRow("since null") << withSettlement(u"since"_qs, QJsonValue::Null);
    QTest::newRow("since bad") << withSettlement(u"since"_qs, u"yesterday"_qs);
    QTest::newRow("extra members") << with(u"newField"_qs, QJsonObject{{u"a"_qs, 1}});
}

void TestWorkspaceJsonReader::sameAsWorkspaceFromJson()
{
    QFETCH(QByteArray, json);
    QString expectedError, error;
    const auto expected = workspaceFromJson(QJsonDocument::fromJson(json).object(), &expectedError);
    WorkspaceJsonReader reader;
    const auto actual = reader.readWorkspace(json, &error);
    QCOMPARE(actual.has_value(), expected.has_value());
    if (expected)
        compareWorkspaces(*actual, *expected);
    else
        QCOMPARE(error, expectedError);
}

void TestWorkspaceJsonReader::readsPages()
{
    QJsonArray items;
    const QList<Workspace> workspaces = syntheticWorkspaces(700);
    for (const Workspace &ws : workspaces)
        items.append(toJson(ws));
    items.append(QJsonObject{{u"id"_qs, u"ws_broken"_qs}});
    const QByteArray page = QJsonDocument(QJsonObject{{u"items"_qs, items},
                                                      {u"nextCursor"_qs, u"abc=="_qs},
                                                      {u"total"_qs, 12345}})
                                .toJson(QJsonDocument::Compact);
    WorkspaceJsonReader reader;
    for (int round = 0; round < 2; ++round) { // the reader is reusable
        WorkspacePage result;
        QVERIFY(reader.readPage(page, &result));
        QCOMPARE(result.items.size(), workspaces.size());
        QCOMPARE(result.skipped, 1);
        QCOMPARE(result.nextCursor, u"abc=="_qs);
        QCOMPARE(result.total, 12345);
        for (qsizetype i = 0; i < workspaces.size(); ++i)
            compareWorkspaces(result.items.at(i), workspaces.at(i));
    }
    WorkspacePage last;
    QVERIFY(reader.readPage(R"({"items":[],"nextCursor":null,"total":0})", &last));
    QCOMPARE(last.nextCursor, QString());
    QCOMPARE(last.total, 0);
}

void TestWorkspaceJsonReader::rejectsNonJson()
{
    WorkspaceJsonReader reader;
    WorkspacePage page;
    QString error;
    QVERIFY(!reader.readPage(R"({"items":[{"id":)", &page, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!reader.readPage(R"({"total":3})", &page, &error));
    QCOMPARE(error, u"items"_qs);
    QList<Workspace> list;
    int skipped = 0;
    QVERIFY(!reader.readArray("{}", &list, &skipped, &error));
}

void TestWorkspaceJsonReader::batchResultsSameAsGeneralReader()
{
    ApiError conflict = ApiError::make(ErrorCode::VersionConflict, u"Changed meanwhile."_qs);
    conflict.current = workspaceFromJson(contractWorkspace());
    const QJsonArray results{
        QJsonObject{{u"workspaceId"_qs, u"ws_3"_qs},
                    {u"status"_qs, u"applied"_qs},
                    {u"workspace"_qs, contractWorkspace()}},
        QJsonObject{{u"workspaceId"_qs, u"ws_4"_qs},
                    {u"status"_qs, u"rejected"_qs},
                    {u"error"_qs, conflict.toJson()}},
        QJsonObject{{u"workspaceId"_qs, u"ws_5"_qs},
                    {u"status"_qs, u"rejected"_qs},
                    {u"error"_qs, ApiError::make(ErrorCode::ChangeTooSoon, u"Soon."_qs).toJson()}}};
    const QByteArray reply =
        QJsonDocument(QJsonObject{{u"results"_qs, results}}).toJson(QJsonDocument::Compact);

    WorkspaceJsonReader reader;
    QList<SettlementChangeResult> read;
    QString error;
    QVERIFY2(reader.readSettlementResults(reply, &read, &error), qPrintable(error));
    QCOMPARE(read.size(), results.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const auto expected = SettlementChangeResult::fromJson(results.at(i).toObject());
        QVERIFY(expected);
        QCOMPARE(read.at(i).workspaceId, expected->workspaceId);
        QCOMPARE(read.at(i).applied, expected->applied);
        QCOMPARE(read.at(i).workspace.has_value(), expected->workspace.has_value());
        if (expected->workspace)
            compareWorkspaces(*read.at(i).workspace, *expected->workspace);
        QCOMPARE(read.at(i).error.code, expected->error.code);
        QCOMPARE(read.at(i).error.message, expected->error.message);
        QCOMPARE(read.at(i).error.current.has_value(), expected->error.current.has_value());
    }
    QCOMPARE(read.at(1).error.code, ErrorCode::VersionConflict);
    QCOMPARE(read.at(1).error.current->id, conflict.current->id);
}

void TestWorkspaceJsonReader::batchResultsRejectMalformedItems_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("not JSON") << QByteArray(R"({"results":[)");
    QTest::newRow("no results") << QByteArray(R"({"items":[]})");
    QTest::newRow("item not an object") << QByteArray(R"({"results":[3]})");
    QTest::newRow("no workspaceId") << QByteArray(R"({"results":[{"status":"rejected"}]})");
    QTest::newRow("unknown status")
        << QByteArray(R"({"results":[{"workspaceId":"ws_1","status":"maybe"}]})");
    QTest::newRow("applied without workspace")
        << QByteArray(R"({"results":[{"workspaceId":"ws_1","status":"applied"}]})");
    QTest::newRow("applied with a broken workspace")
        << QByteArray(R"({"results":[{"workspaceId":"ws_1","status":"applied",)"
                      R"("workspace":{"id":"ws_1"}}]})");
}

void TestWorkspaceJsonReader::batchResultsRejectMalformedItems()
{
    QFETCH(QByteArray, reply);
    WorkspaceJsonReader reader;
    QList<SettlementChangeResult> read;
    QString error;
    QVERIFY(!reader.readSettlementResults(reply, &read, &error));
    QVERIFY(!error.isEmpty());
}

void TestWorkspaceJsonReader::fastTimes_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"2026-11-26T08:00:00Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z",
                             "2023-02-29T23:59:59Z", "2026-11-26T24:00:00Z", "2026-11-26T08:00:60Z",
                             "2026-11-26T08:00:00.5Z", "2026-11-26T08:00:00-05:30",
                             "2026-1x-26T08:00:00Z", "", "1900-01-01T00:00:00Z"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestWorkspaceJsonReader::fastTimes()
{
    QFETCH(QString, text);
    QCOMPARE(parseRfc3339Fast(text), rfc3339::parse(text));
}

QTEST_GUILESS_MAIN(TestWorkspaceJsonReader)
#include "tst_workspacejsonreader.moc"
