// The contract JSON written as text (server pages, client export and cache): every string,
// time and workspace reads back as QJsonDocument would have written it.
#include "WorkspaceJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace billing;

class TestWorkspaceJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsReadBack_data();
    void stringsReadBack();
    void controlCharactersAreEscaped();
    void timesAsRfc3339_data();
    void timesAsRfc3339();
    void workspaceEqualsTheContractObject_data();
    void workspaceEqualsTheContractObject();
};

void TestWorkspaceJsonWriter::stringsReadBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << u"prod-apm-00012"_qs;
    QTest::newRow("quotes and backslash") << u"say \"hi\" \\ C:\\temp"_qs;
    QTest::newRow("controls") << u"tab\tnew\nline\r\x01\x1f\b\f"_qs;
    QTest::newRow("cjk") << u"生产环境-可观测性"_qs;
    QTest::newRow("mixed after non-ascii") << u"Zürich \"Ops\"\n"_qs;
    QTest::newRow("surrogate pair") << u"team 🚀 launch"_qs;
    QTest::newRow("slash and unicode separators") << u"a/b \u2028 \u2029"_qs;
}

void TestWorkspaceJsonWriter::stringsReadBack()
{
    QFETCH(QString, text);
    QByteArray json = "[";
    WorkspaceJson::appendString(json, text);
    json += ']';
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document.array().at(0).toString(), text);
}

void TestWorkspaceJsonWriter::controlCharactersAreEscaped()
{
    QByteArray json;
    WorkspaceJson::appendString(json, u"a\x01\tb\"c\\"_qs);
    QCOMPARE(json, QByteArray("\"a\\u0001\\tb\\\"c\\\\\""));
}

void TestWorkspaceJsonWriter::timesAsRfc3339_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("utc") << QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC)
                         << QByteArray("\"2026-11-26T08:00:00Z\"");
    QTest::newRow("offset is converted")
        << QDateTime(QDate(2026, 1, 1), QTime(0, 30, 5), QTimeZone(3600))
        << QByteArray("\"2025-12-31T23:30:05Z\"");
    QTest::newRow("milliseconds dropped")
        << QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6, 789), Qt::UTC)
        << QByteArray("\"2026-02-03T04:05:06Z\"");
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC)
                            << QByteArray("\"0001-01-01T00:00:00Z\"");
    QTest::newRow("invalid is null") << QDateTime() << QByteArray("null");
}

void TestWorkspaceJsonWriter::timesAsRfc3339()
{
    QFETCH(QDateTime, time);
    QFETCH(QByteArray, expected);
    QByteArray json;
    WorkspaceJson::appendTime(json, time);
    QCOMPARE(json, expected);
}

void TestWorkspaceJsonWriter::workspaceEqualsTheContractObject_data()
{
    QTest::addColumn<Workspace>("workspace");
    Workspace aliyun;
    aliyun.id = u"ws_0123456789abcdef"_qs;
    aliyun.name = u"Sales, \"EMEA\" 生产"_qs;
    aliyun.site = u"cn1"_qs;
    aliyun.language = u"zh"_qs;
    aliyun.settlement.method = SettlementMethod::Aliyun;
    aliyun.settlement.aliyunAccountId = u"1234567890123456"_qs;
    aliyun.settlement.instanceId = u"6227091"_qs;
    aliyun.settlement.since = QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
    aliyun.nextChangeAllowedAt = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    aliyun.status = WorkspaceStatus::LockPending;
    aliyun.lockAt = QDateTime(QDate(2026, 12, 10), QTime(16, 0), Qt::UTC);
    aliyun.lockReason = LockReason::SubscriptionExpired;
    aliyun.version = 42;
    aliyun.createdAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    aliyun.updatedAt = QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
    QTest::newRow("aliyun, every time set") << aliyun;
    Workspace plain;
    plain.id = u"ws_1"_qs;
    plain.site = u"us1"_qs;
    plain.language = u"en"_qs;
    plain.version = 1;
    QTest::newRow("billing center, no times") << plain;
    Workspace arrears = plain;
    arrears.status = WorkspaceStatus::Locked;
    arrears.lockAt = QDateTime(QDate(2026, 12, 10), QTime(16, 0), Qt::UTC);
    arrears.lockReason = LockReason::Arrears;
    QTest::newRow("locked for arrears") << arrears;
}

void TestWorkspaceJsonWriter::workspaceEqualsTheContractObject()
{
    QFETCH(Workspace, workspace);
    QByteArray json;
    WorkspaceJson::append(json, workspace);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document.object(), toJson(workspace));
    const QJsonValue reason = document.object().value(u"lockReason");
    QCOMPARE(reason.isNull(), workspace.lockReason == LockReason::None);
    QCOMPARE(reason.toString(), toWire(workspace.lockReason));
}

QTEST_GUILESS_MAIN(TestWorkspaceJsonWriter)
#include "tst_workspacejsonwriter.moc"
