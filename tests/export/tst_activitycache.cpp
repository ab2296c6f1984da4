// The offline copy of the activity (one file per profile, merged by id, with the periods it
// holds in full, damage reported) and what is exported from it: ActivityReader's selection
// and notice, and ActivityExportController when the main window runs offline.
#include "ActivityCache.h"
#include "ActivityExportController.h"
#include "ActivityFixtures.h"
#include "ActivityReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
const QUrl kServer(u"https://billing.example.com"_qs);

AuditFilter period(const QDateTime &since, const QDateTime &until)
{
    AuditFilter filter;
    filter.since = since;
    filter.until = until;
    return filter;
}

QStringList idsOf(const QList<SettlementEvent> &events)
{
    QStringList ids;
    for (const SettlementEvent &event : events)
        ids.append(event.id);
    return ids;
}
} // namespace

class TestActivityCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noCopyIsNotAnError();
    void roundTripKeepsEveryEventAndTheStamp();
    void readsMergeById();
    void completePeriodsGrowWithUnfilteredReadsOnly();
    void oneFilePerProfileNextToTheWorkspaceCache();
    void holdsNoSecret();
    void failedSaveKeepsTheOldCopy();
    void damagedCopyIsAnError_data();
    void damagedCopyIsAnError();
    void damagedCopyIsReplacedByTheNextRead();
    void readerSelectsThePeriodAndSaysHowOld();
    void offlineControllerExportsTheCopy();
    void offlineControllerWithoutCopyRefuses();
};

void TestActivityCache::noCopyIsNotAnError()
{
    QTemporaryDir dir;
    QString error = u"stale"_qs;
    QVERIFY(!ActivityCache(dir.filePath(u"cache"_qs), kServer, u"alice"_qs).load(&error));
    QVERIFY(error.isEmpty());
}

void TestActivityCache::roundTripKeepsEveryEventAndTheStamp()
{
    QTemporaryDir dir;
    const QString directory = dir.filePath(u"nested/cache"_qs);
    ActivityCache cache(directory, kServer, u"alice"_qs);
    const QList<SettlementEvent> events = makeEvents(300);
    const QDateTime readAt = fixedNow().addSecs(120);
    QString error;
    QVERIFY2(cache.record(period(fixedNow().addDays(-30), fixedNow()), events, readAt, &error),
             qPrintable(error));
    QVERIFY(cache.filePath().startsWith(directory + u"/activity-"));

    const auto contents = ActivityCache(directory, kServer, u"alice"_qs).load(&error);
    QVERIFY2(contents, qPrintable(error));
    QCOMPARE(contents->syncedAt, readAt);
    QCOMPARE(contents->events.size(), events.size());
    for (qsizetype i = 0; i < events.size(); ++i)
        QCOMPARE(contents->events.at(i).toJson(), events.at(i).toJson());
    QCOMPARE(QDir(directory).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestActivityCache::readsMergeById()
{
    QTemporaryDir dir;
    ActivityCache cache(dir.path(), kServer, u"alice"_qs);
    // Two overlapping periods: events 0–9 (newest) then 5–19; 5–9 come twice.
    QVERIFY(cache.record(period(fixedNow().addSecs(-600), fixedNow()), makeEvents(10),
                         fixedNow().addSecs(5)));
    QVERIFY(cache.record(period(fixedNow().addSecs(-1200), fixedNow().addSecs(-240)),
                         makeEvents(15, 5), fixedNow().addSecs(60)));
    const auto contents = cache.load();
    QVERIFY(contents);
    QCOMPARE(idsOf(contents->events), idsOf(makeEvents(20))); // each once, newest first
    QCOMPARE(contents->syncedAt, fixedNow().addSecs(60));     // the last read

    // At equal times the server's order stands (it alone knows which was written last).
    SettlementEvent a = makeEvent(100, 0), b = makeEvent(101, 0);
    QVERIFY(cache.record(period(fixedNow().addSecs(-60), fixedNow().addSecs(60)), {b, a},
                         fixedNow().addSecs(61)));
    const QStringList ids = idsOf(cache.load()->events);
    QVERIFY(ids.indexOf(b.id) < ids.indexOf(a.id));
    QCOMPARE(ids.size(), 22);
}

void TestActivityCache::completePeriodsGrowWithUnfilteredReadsOnly()
{
    QTemporaryDir dir;
    ActivityCache cache(dir.path(), kServer, u"alice"_qs);
    const QDateTime t = fixedNow();
    // Read at t for [t-10d, t+1d): complete only up to t, when the read began.
    QVERIFY(cache.record(period(t.addDays(-10), t.addDays(1)), {}, t));
    auto contents = cache.load();
    QCOMPARE(contents->complete, (QList<ActivityCache::Period>{{t.addDays(-10), t}}));
    QVERIFY(contents->holdsAllOf(t.addDays(-10), t.addDays(1))); // the rest is after the sync
    QVERIFY(contents->holdsAllOf(t.addDays(-5), t.addDays(-4)));
    QVERIFY(!contents->holdsAllOf(t.addDays(-11), t));

    // A filtered read adds its events but not its period.
    AuditFilter oneWorkspace = period(t.addDays(-40), t.addDays(-20));
    oneWorkspace.workspaceId = workspaceIdFor(3);
    QVERIFY(cache.record(oneWorkspace, {makeEvent(3, 30 * 24 * 60)}, t.addSecs(10)));
    contents = cache.load();
    QCOMPARE(contents->events.size(), 1);
    QCOMPARE(contents->complete.size(), 1);
    QVERIFY(!contents->holdsAllOf(t.addDays(-40), t.addDays(-20)));

    // Touching and overlapping periods join into one.
    QVERIFY(cache.record(period(t.addDays(-20), t.addDays(-10)), {}, t.addSecs(20)));
    QVERIFY(cache.record(period(t.addDays(-25), t.addDays(-15)), {}, t.addSecs(30)));
    contents = cache.load();
    QCOMPARE(contents->complete, (QList<ActivityCache::Period>{{t.addDays(-25), t}}));
    QVERIFY(contents->holdsAllOf(t.addDays(-25), t));
    QVERIFY(!contents->holdsAllOf(t.addDays(-26), t));
    // The last read (at t+30s) did not cover [t, t+30s): events then may be missing.
    QVERIFY(!contents->holdsAllOf(t.addDays(-25), t.addSecs(30)));
}

void TestActivityCache::oneFilePerProfileNextToTheWorkspaceCache()
{
    QTemporaryDir dir;
    ActivityCache alice(dir.path(), kServer, u"alice"_qs);
    ActivityCache bob(dir.path(), kServer, u"bob"_qs);
    ActivityCache sameAlice(dir.path(), QUrl(u"https://Billing.Example.com/"_qs), u"alice"_qs);
    QVERIFY(alice.filePath() != bob.filePath());
    QCOMPARE(alice.filePath(), sameAlice.filePath());
    QVERIFY(alice.record(period(fixedNow().addDays(-1), fixedNow()), makeEvents(3), fixedNow()));
    QVERIFY(!bob.load());
    QCOMPARE(sameAlice.load()->events.size(), 3);
    QVERIFY(QFileInfo(alice.filePath()).fileName().startsWith(u"activity-"));
}

void TestActivityCache::holdsNoSecret()
{
    QTemporaryDir dir;
    ActivityCache cache(dir.path(), QUrl(u"https://alice:Secret-Pa55@billing.example.com"_qs),
                        u"alice"_qs);
    QVERIFY(cache.record(period(fixedNow().addDays(-1), fixedNow()), makeEvents(20), fixedNow()));
    QFile file(cache.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("Secret-Pa55"));
    QVERIFY(!bytes.toLower().contains("password"));
    QVERIFY(!bytes.toLower().contains("token"));
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(u"format").toString(), u"billing-desk.activity-cache"_qs);
    QCOMPARE(root.value(u"server").toString(), u"https://billing.example.com"_qs);
    QCOMPARE(root.value(u"syncedAt").toString(), u"2026-11-26T08:00:00Z"_qs);
}

void TestActivityCache::failedSaveKeepsTheOldCopy()
{
    QTemporaryDir dir;
    ActivityCache cache(dir.path(), kServer, u"alice"_qs);
    QVERIFY(cache.record(period(fixedNow().addDays(-1), fixedNow()), makeEvents(2), fixedNow()));
    QFile file(cache.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    // A cache folder that is a file: fails for root as well.
    const QString blocked = dir.filePath(u"blocked"_qs);
    QFile blocker(blocked);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(!ActivityCache(blocked, kServer, u"alice"_qs)
                 .record(period(fixedNow().addDays(-1), fixedNow()), makeEvents(5), fixedNow(),
                         &error));
    QVERIFY2(error.contains(u"offline copy of the activity"), qPrintable(error));

    // The target replaced by a folder: the rename fails, no temporary file is left.
    QVERIFY(QFile::rename(cache.filePath(), dir.filePath(u"moved"_qs)));
    QVERIFY(QDir().mkdir(cache.filePath()));
    QVERIFY(!cache.record(period(fixedNow().addDays(-1), fixedNow()), makeEvents(5), fixedNow(),
                          &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(cache.filePath())), qPrintable(error));
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
        3); // blocked, moved, the folder
    QVERIFY(QDir().rmdir(cache.filePath()));
    QVERIFY(QFile::rename(dir.filePath(u"moved"_qs), cache.filePath()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestActivityCache::damagedCopyIsAnError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray head = "{\"format\":\"billing-desk.activity-cache\",\"version\":1,"
                            "\"server\":\"https://billing.example.com\",\"username\":\"alice\","
                            "\"syncedAt\":\"2026-11-26T08:00:00Z\"";
    QTest::newRow("truncated") << QByteArray(head + ",\"events\":[");
    QTest::newRow("other format") << QByteArray("{\"format\":\"x\",\"version\":1}");
    QTest::newRow("newer version")
        << QByteArray("{\"format\":\"billing-desk.activity-cache\",\"version\":2}");
    QTest::newRow("other profile")
        << QByteArray(head).replace("alice", "bob") + ",\"complete\":[],\"events\":[]}";
    QTest::newRow("no events") << QByteArray(head + ",\"complete\":[]}");
    QTest::newRow("bad event") << QByteArray(head
                                             + ",\"complete\":[],\"events\":[{\"id\":\"x\"}]}");
    QTest::newRow("bad period") << QByteArray(
        head
        + ",\"complete\":[{\"since\":\"2026-11-02T00:00:00Z\",\"until\":"
          "\"2026-11-01T00:00:00Z\"}],\"events\":[]}");
    QTest::newRow("no sync time") << QByteArray(head).replace("2026-11-26T08:00:00Z", "soon")
                                         + ",\"complete\":[],\"events\":[]}";
}

void TestActivityCache::damagedCopyIsAnError()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    ActivityCache cache(dir.path(), kServer, u"alice"_qs);
    QFile file(cache.filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QString error;
    QVERIFY(!cache.load(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(cache.filePath())), qPrintable(error));
    QVERIFY2(error.contains(u"cannot be read"), qPrintable(error));

    // Neither the reader nor the offline export uses it silently.
    ActivityReader reader(cache);
    bool noCopy = true;
    QVERIFY(!reader.readCopy(period(fixedNow().addDays(-1), fixedNow()), {}, &error, &noCopy));
    QVERIFY(!noCopy);
    QVERIFY2(error.contains(u"cannot be read"), qPrintable(error));
    ActivityExportController controller(nullptr, dir.path(), kServer, u"alice"_qs);
    QVERIFY2(controller.copyProblem().contains(u"cannot be read"),
             qPrintable(controller.copyProblem()));
}

void TestActivityCache::damagedCopyIsReplacedByTheNextRead()
{
    QTemporaryDir dir;
    ActivityCache cache(dir.path(), kServer, u"alice"_qs);
    QFile file(cache.filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\":");
    file.close();
    QVERIFY(cache.record(period(fixedNow().addDays(-1), fixedNow()), makeEvents(4), fixedNow()));
    QCOMPARE(cache.load()->events.size(), 4);
}

void TestActivityCache::readerSelectsThePeriodAndSaysHowOld()
{
    QTemporaryDir dir;
    ActivityCache cache(dir.path(), kServer, u"alice"_qs);
    // Whole seconds, as the file keeps times.
    const QDateTime syncedAt =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 2 * 3600 - 60, Qt::UTC);
    // Events 0–59, one a minute before fixedNow(); the read covered the last hour of them.
    QVERIFY(cache.record(period(fixedNow().addSecs(-3600), syncedAt), makeEvents(60), syncedAt));
    ActivityReader reader(cache);
    QString error;
    AuditFilter lastTen = period(fixedNow().addSecs(-599), fixedNow().addSecs(1));
    auto result = reader.readCopy(lastTen, u"Offline (--offline)."_qs, &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(result->fromCache);
    QCOMPARE(result->syncedAt, syncedAt);
    QCOMPARE(idsOf(result->events), idsOf(makeEvents(10)));
    QVERIFY2(result->notice.startsWith(u"Offline (--offline). Using the offline copy of the "
                                       "activity synced 2 hour(s) ago"),
             qPrintable(result->notice));
    QVERIFY2(result->notice.contains(u"10 event(s) in this period"), qPrintable(result->notice));
    QVERIFY(!result->notice.contains(u"may be missing"));

    // Filters narrow the copy as the server would.
    lastTen.event = EventKind::Locked;
    result = reader.readCopy(lastTen, {}, &error);
    QCOMPARE(result->events.size(), 2); // events 3 and 8
    for (const SettlementEvent &event : std::as_const(result->events))
        QCOMPARE(event.event, EventKind::Locked);

    // A period the copy never held in full says so.
    result = reader.readCopy(period(fixedNow().addDays(-2), fixedNow().addSecs(1)), {}, &error);
    QCOMPARE(result->events.size(), 60);
    QVERIFY2(result->notice.contains(u"may be missing"), qPrintable(result->notice));

    bool noCopy = false;
    ActivityReader nobody(ActivityCache(dir.path(), kServer, u"nobody"_qs));
    QVERIFY(!nobody.readCopy(lastTen, {}, &error, &noCopy));
    QVERIFY(noCopy);
    QVERIFY2(error.contains(u"no offline copy of the activity"), qPrintable(error));
}

void TestActivityCache::offlineControllerExportsTheCopy()
{
    QTemporaryDir dir;
    ActivityCache cache(dir.path(), kServer, u"alice"_qs);
    const QDateTime syncedAt = fixedNow().addSecs(60);
    QVERIFY(cache.record(period(fixedNow().addDays(-1), syncedAt), makeEvents(30), syncedAt));
    ActivityExportController controller(nullptr, dir.path(), kServer, u"alice"_qs);
    QVERIFY(controller.isOffline());
    QCOMPARE(controller.copySyncedAt(), syncedAt);
    QVERIFY(controller.copyProblem().isEmpty());

    QSignalSpy stages(&controller, &ActivityExportController::stageChanged);
    QSignalSpy finished(&controller, &ActivityExportController::finished);
    const QString path = dir.filePath(u"out.json"_qs);
    controller.start(path, ExportFormat::Json,
                     period(fixedNow().addSecs(-60 * 20 + 1), fixedNow().addSecs(1)));
    QCOMPARE(controller.stage(), ActivityExportController::Stage::Writing);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY2(finished.at(0).at(1).toString().contains(u"Exported 20 event(s)"),
             qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(controller.stage(), ActivityExportController::Stage::Idle);
    QCOMPARE(stages.first().at(1).toInt(), 20);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"events").toArray().size(), 20);
    QCOMPARE(root.value(u"syncedAt").toString(), u"2026-11-26T08:01:00Z"_qs);
}

void TestActivityCache::offlineControllerWithoutCopyRefuses()
{
    QTemporaryDir dir;
    ActivityExportController controller(nullptr, dir.path(), kServer, u"alice"_qs);
    QVERIFY(!controller.copySyncedAt().isValid());
    QVERIFY2(controller.copyProblem().contains(u"no offline copy"),
             qPrintable(controller.copyProblem()));
    QSignalSpy finished(&controller, &ActivityExportController::finished);
    controller.start(dir.filePath(u"out.csv"_qs), ExportFormat::Csv,
                     period(fixedNow().addDays(-1), fixedNow()));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!QFile::exists(dir.filePath(u"out.csv"_qs)));
}

QTEST_GUILESS_MAIN(TestActivityCache)
#include "tst_activitycache.moc"
