// The activity export's writers (CSV and JSON of settlement events for auditors), its
// period, and its atomic writing: real files; the JSON read back through
// SettlementEvent::fromJson.
#include "ActivityExport.h"
#include "ActivityFixtures.h"
#include "ActivityPeriod.h"
#include "ExportTestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace billing;
using namespace billing::test;

namespace {
const QUrl kServer(u"https://billing.example.com"_qs);

ActivityExportDocument document(const QList<SettlementEvent> &events)
{
    ActivityExportDocument doc;
    doc.server = kServer;
    doc.username = u"alice"_qs;
    doc.filter.since = fixedNow().addDays(-30);
    doc.filter.until = fixedNow();
    doc.exportedAt = fixedNow().addSecs(30);
    doc.events = events;
    return doc;
}

} // namespace

class TestActivityExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvHasAHeaderAndOneRowOfWireValuesPerEvent();
    void csvQuotesWhatNeedsIt();
    void jsonRoundTripsThroughFromJson();
    void jsonSaysWhenTheDataWasSyncedAndHowItWasFiltered();
    void noSecretInAnExport();
    void emptyPeriodStillWritesAFile();
    void failedWriteKeepsTheOldFile();
    void cancelledWriteKeepsTheOldFile();
    void timesParse_data();
    void timesParse();
    void defaultPeriodIsTheLastThirtyDays();
    void daysIncludeBothEnds();
};

void TestActivityExport::csvHasAHeaderAndOneRowOfWireValuesPerEvent()
{
    const QList<SettlementEvent> events = makeEvents(5);
    const QList<QByteArray> lines = activityToCsv(document(events)).split('\n');
    QCOMPARE(lines.size(), 1 + 5 + 1); // header, rows, and the empty piece after the last CRLF
    QCOMPARE(lines.at(0), QByteArray("id,at,workspace_id,workspace_name,event,actor_kind,actor,"
                                     "from_method,from_aliyun_account_id,from_huawei_account_id,"
                                     "from_instance_id,from_subscription_id,"
                                     "to_method,to_aliyun_account_id,to_huawei_account_id,"
                                     "to_instance_id,to_subscription_id,"
                                     "from_status,to_status,lock_at,reason,request_id\r"));
    const QByteArray id0 = workspaceIdFor(0).toUtf8(), id1 = workspaceIdFor(1).toUtf8();
    QCOMPARE(lines.at(1), "ev_000000000000,2026-11-26T08:00:00Z," + id0
                              + ",workspace-0,settlement_changed,user,alice,billing_center,,,,,"
                                "aliyun,1234567890123456,,6227091,,,,,user_change,bulk-chunk-0\r");
    QCOMPARE(lines.at(2),
             "ev_000000000001,2026-11-26T07:59:00Z," + id1
                 + ",workspace-1,settlement_changed,marketplace,aliyun,aliyun,1234567890123456,,"
                   "6227092,,billing_center,,,,,,,,subscription_released,\r");
    QVERIFY2(
        lines.at(3).endsWith(
            ",lock_pending,marketplace,aliyun,,,,,,,,,,,active,lock_pending,2026-12-03T07:58:00Z,"
            "subscription_expired,\r"),
        lines.at(3).constData());
    QVERIFY2(lines.at(4).endsWith(",locked,system,,,,,,,,,,,,lock_pending,locked,,lock_due,\r"),
             lines.at(4).constData());
    QVERIFY2(
        lines.at(5).endsWith(",created,user,bob,,,,,,billing_center,,,,,,,,user_change,req_4\r"),
        lines.at(5).constData());
    QVERIFY(lines.last().isEmpty());
}

void TestActivityExport::csvQuotesWhatNeedsIt()
{
    QList<SettlementEvent> events{
        makeEvent(0, 0, u"Sales, EMEA"_qs), makeEvent(5, 1, u"\"Blue\" team"_qs),
        makeEvent(10, 2, u"two\nlines"_qs), makeEvent(15, 3, u"生产环境-可观测性"_qs)};
    const QByteArray csv = activityToCsv(document(events));
    QVERIFY(csv.contains(",\"Sales, EMEA\",settlement_changed,"));
    QVERIFY(csv.contains(",\"\"\"Blue\"\" team\",settlement_changed,"));
    QVERIFY(csv.contains(",\"two\nlines\",settlement_changed,"));
    QVERIFY(csv.contains(QString(u",生产环境-可观测性,settlement_changed,"_qs).toUtf8()));
    // Every row has the header's 18 fields once the quoted ones are counted as one.
    int fields = 1;
    bool quoted = false;
    int rows = 0;
    for (const char c : csv) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted)
            ++fields;
        else if (c == '\n' && !quoted) {
            QCOMPARE(fields, 22);
            fields = 1;
            ++rows;
        }
    }
    QCOMPARE(rows, 1 + 4);
}

void TestActivityExport::jsonRoundTripsThroughFromJson()
{
    const QList<SettlementEvent> events = makeEvents(25);
    const QJsonDocument json = QJsonDocument::fromJson(activityToJson(document(events)));
    QVERIFY(json.isObject());
    const QJsonObject root = json.object();
    QCOMPARE(root.value(u"format").toString(), u"billing-desk.activity"_qs);
    QCOMPARE(root.value(u"version").toInt(), 1);
    QCOMPARE(root.value(u"server").toString(), u"https://billing.example.com"_qs);
    QCOMPARE(root.value(u"username").toString(), u"alice"_qs);
    QCOMPARE(root.value(u"exportedAt").toString(), u"2026-11-26T08:00:30Z"_qs);
    const QJsonObject period = root.value(u"period").toObject();
    QCOMPARE(period.value(u"since").toString(), u"2026-10-27T08:00:00Z"_qs);
    QCOMPARE(period.value(u"until").toString(), u"2026-11-26T08:00:00Z"_qs);
    QVERIFY(!root.contains(u"syncedAt"));
    QVERIFY(!root.contains(u"filter"));
    const QJsonArray list = root.value(u"events").toArray();
    QCOMPARE(list.size(), events.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString field;
        const auto read = SettlementEvent::fromJson(list.at(i).toObject(), &field);
        QVERIFY2(read, qPrintable(field));
        QCOMPARE(read->toJson(), events.at(i).toJson());
        QCOMPARE(read->actor, events.at(i).actor);
        QCOMPARE(read->lockAt, events.at(i).lockAt);
    }
}

void TestActivityExport::jsonSaysWhenTheDataWasSyncedAndHowItWasFiltered()
{
    ActivityExportDocument doc = document(makeEvents(2));
    doc.syncedAt = fixedNow().addSecs(-7200);
    doc.filter.workspaceId = workspaceIdFor(1);
    QVERIFY(doc.filter.setActorFromWire(u"marketplace:aliyun"));
    doc.filter.event = EventKind::SettlementChanged;
    const QJsonObject root = QJsonDocument::fromJson(activityToJson(doc)).object();
    QCOMPARE(root.value(u"syncedAt").toString(), u"2026-11-26T06:00:00Z"_qs);
    const QJsonObject filter = root.value(u"filter").toObject();
    QCOMPARE(filter.value(u"workspaceId").toString(), workspaceIdFor(1));
    QCOMPARE(filter.value(u"actor").toString(), u"marketplace:aliyun"_qs);
    QCOMPARE(filter.value(u"event").toString(), u"settlement_changed"_qs);
    // The envelope comes first, in a reader's order.
    const QByteArray bytes = activityToJson(doc);
    QVERIFY(bytes.startsWith("{\n  \"format\": \"billing-desk.activity\",\n  \"version\": 1,"));
    QVERIFY(bytes.indexOf("\"period\"") < bytes.indexOf("\"events\""));
}

void TestActivityExport::noSecretInAnExport()
{
    ActivityExportDocument doc = document(makeEvents(10));
    doc.server = QUrl(u"https://alice:Secret-Pa55@billing.example.com"_qs);
    for (const QByteArray &bytes : {activityToJson(doc), activityToCsv(doc)}) {
        QVERIFY(!bytes.contains("Secret-Pa55"));
        QVERIFY(!bytes.toLower().contains("password"));
        QVERIFY(!bytes.toLower().contains("token"));
    }
    QCOMPARE(QJsonDocument::fromJson(activityToJson(doc)).object().value(u"server").toString(),
             u"https://billing.example.com"_qs);
}

void TestActivityExport::emptyPeriodStillWritesAFile()
{
    QTemporaryDir dir;
    QString error;
    const QString csv = dir.filePath(u"none.csv"_qs), json = dir.filePath(u"none.json"_qs);
    QVERIFY2(writeActivityExport(csv, ExportFormat::Csv, document({}), &error), qPrintable(error));
    QVERIFY2(writeActivityExport(json, ExportFormat::Json, document({}), &error),
             qPrintable(error));
    QCOMPARE(readAll(csv).count('\n'), 1);
    QCOMPARE(QJsonDocument::fromJson(readAll(json)).object().value(u"events").toArray().size(), 0);
}

void TestActivityExport::failedWriteKeepsTheOldFile()
{
    QTemporaryDir dir;
    // 254 characters: the file may exist, but QSaveFile's temporary name next to it is longer
    // than a file name may be, so the write fails whatever the permissions (root included).
    const QString target = dir.filePath(QString(250, u'a') + u".csv");
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents\n");
    old.close();
    QString error;
    QVERIFY(!writeActivityExport(target, ExportFormat::Csv, document(makeEvents(3)), &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(target)), qPrintable(error));
    QCOMPARE(readAll(target), QByteArray("old contents\n"));
    QCOMPARE(filesIn(dir.path()).size(), 1); // no temporary file left

    // A missing folder: nothing is written, and the error says which folder.
    const QString missing = dir.filePath(u"missing/activity.csv"_qs);
    QVERIFY(!writeActivityExport(missing, ExportFormat::Csv, document(makeEvents(3)), &error));
    QVERIFY2(error.contains(u"does not exist"), qPrintable(error));
    QCOMPARE(filesIn(dir.path()).size(), 1);

    // The same document where it can be written replaces the old file completely.
    const QString good = dir.filePath(u"activity.csv"_qs);
    QVERIFY(QFile::copy(target, good));
    QVERIFY2(writeActivityExport(good, ExportFormat::Csv, document(makeEvents(3)), &error),
             qPrintable(error));
    QVERIFY(readAll(good).startsWith("id,at,"));
    QCOMPARE(readAll(good).count('\n'), 1 + 3);
}

void TestActivityExport::cancelledWriteKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"activity.json"_qs);
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("{}");
    old.close();
    const std::atomic_bool cancelled{true};
    QString error;
    QVERIFY(!writeActivityExport(target, ExportFormat::Json, document(makeEvents(3)), &error,
                                 &cancelled));
    QVERIFY2(error.contains(u"cancelled"), qPrintable(error));
    QCOMPARE(readAll(target), QByteArray("{}"));
    QCOMPARE(filesIn(dir.path()), QStringList{u"activity.json"_qs});
}

void TestActivityExport::timesParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused
    const QDateTime nov1 = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("date") << u"2026-11-01"_qs << nov1;
    QTest::newRow("date with spaces") << u" 2026-11-01 "_qs << nov1;
    QTest::newRow("rfc 3339 Z") << u"2026-11-01T08:30:00Z"_qs << nov1.addSecs(8 * 3600 + 1800);
    QTest::newRow("rfc 3339 offset") << u"2026-11-01T08:00:00+08:00"_qs << nov1;
    QTest::newRow("fraction") << u"2026-11-01T00:00:00.500Z"_qs << nov1.addMSecs(500);
    QTest::newRow("no such day") << u"2026-02-30"_qs << QDateTime();
    QTest::newRow("no month 13") << u"2026-13-01"_qs << QDateTime();
    QTest::newRow("no zone") << u"2026-11-01T08:00:00"_qs << QDateTime();
    QTest::newRow("words") << u"yesterday"_qs << QDateTime();
    QTest::newRow("slashes") << u"2026/11/01"_qs << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestActivityExport::timesParse()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseActivityTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestActivityExport::defaultPeriodIsTheLastThirtyDays()
{
    const QDateTime now = fixedNow().addMSecs(750);
    AuditFilter filter;
    completeActivityPeriod(filter, now);
    QCOMPARE(filter.until, fixedNow()); // whole seconds, as the wire has them
    QCOMPARE(filter.since, fixedNow().addDays(-30));

    AuditFilter fromGiven;
    fromGiven.since = fixedNow().addDays(-3);
    completeActivityPeriod(fromGiven, now);
    QCOMPARE(fromGiven.since, fixedNow().addDays(-3));
    QCOMPARE(fromGiven.until, fixedNow());

    AuditFilter untilGiven;
    untilGiven.until = fixedNow().addDays(-100);
    completeActivityPeriod(untilGiven, now);
    QCOMPARE(untilGiven.since, fixedNow().addDays(-130));
}

void TestActivityExport::daysIncludeBothEnds()
{
    const AuditFilter days =
        activityDays(QDate(2026, 11, 1), QDate(2026, 11, 30), QTimeZone::utc());
    QCOMPARE(days.since, QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(days.until, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(activityDaysProblem(QDate(2026, 11, 1), QDate(2026, 11, 1)).isEmpty());
    QVERIFY(!activityDaysProblem(QDate(2026, 11, 2), QDate(2026, 11, 1)).isEmpty());
    QVERIFY(!activityDaysProblem(QDate(), QDate(2026, 11, 1)).isEmpty());
}

QTEST_GUILESS_MAIN(TestActivityExport)
#include "tst_activityexport.moc"
