// WorkspaceCache: one file per profile, stamped with the sync time, written atomically,
// holding what the server said about the workspaces and never a secret.
#include "WorkspaceCache.h"
#include "WorkspaceFixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
const QUrl kServer(u"https://billing.example.com"_qs);

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}
} // namespace

class TestWorkspaceCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void noCacheIsNotAnError();
    void roundTripKeepsEverythingAndTheStamp();
    void oneFilePerProfile();
    void sameProfileForEquivalentUrls();
    void holdsNoSecret();
    void failedSaveKeepsTheOldCache();
    void damagedCacheIsAnError_data();
    void damagedCacheIsAnError();
    void shortCopyIsAnError_data();
    void shortCopyIsAnError();
    void versionOneCopyIsStillRead();
    void defaultDirectoryIsUnderAppData();
    void ageIsDescribed();
};

void TestWorkspaceCache::noCacheIsNotAnError()
{
    QTemporaryDir dir;
    QString error = u"stale"_qs;
    QVERIFY(!WorkspaceCache(dir.filePath(u"cache"_qs), kServer, u"demo"_qs).load(&error));
    QVERIFY(error.isEmpty());
}

void TestWorkspaceCache::roundTripKeepsEverythingAndTheStamp()
{
    QTemporaryDir dir;
    const QString directory = dir.filePath(u"nested/cache"_qs);
    WorkspaceCache cache(directory, kServer, u"demo"_qs);
    const QList<Workspace> workspaces = syntheticWorkspaces(500);
    const QDateTime syncedAt = fixedNow().addSecs(-7200);
    QString error;
    QVERIFY2(cache.save(workspaces, syncedAt, &error), qPrintable(error));
    QVERIFY(QFile::exists(cache.filePath()));
    QVERIFY(cache.filePath().startsWith(directory));

    const auto contents = WorkspaceCache(directory, kServer, u"demo"_qs).load(&error);
    QVERIFY2(contents, qPrintable(error));
    QCOMPARE(contents->syncedAt, syncedAt);
    QCOMPARE(contents->username, u"demo"_qs);
    QCOMPARE(contents->workspaces.size(), workspaces.size());
    for (qsizetype i = 0; i < workspaces.size(); ++i) {
        const Workspace &a = contents->workspaces.at(i);
        const Workspace &b = workspaces.at(i);
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.name, b.name);
        QCOMPARE(a.version, b.version);
        QCOMPARE(a.status, b.status);
        QVERIFY(a.settlement.sameBindingAs(b.settlement));
        QCOMPARE(a.nextChangeAllowedAt, b.nextChangeAllowedAt);
    }
    QCOMPARE(filesIn(directory).size(), 1);
}

void TestWorkspaceCache::oneFilePerProfile()
{
    QTemporaryDir dir;
    WorkspaceCache demo(dir.path(), kServer, u"demo"_qs);
    WorkspaceCache other(dir.path(), kServer, u"other"_qs);
    WorkspaceCache elsewhere(dir.path(), QUrl(u"https://billing.example.org"_qs), u"demo"_qs);
    QVERIFY(demo.filePath() != other.filePath());
    QVERIFY(demo.filePath() != elsewhere.filePath());
    QVERIFY(demo.save({makeWorkspace(1, u"one"_qs, u"cn1"_qs)}, fixedNow()));
    QVERIFY(other.save({}, fixedNow()));
    QCOMPARE(demo.load()->workspaces.size(), 1);
    QCOMPARE(other.load()->workspaces.size(), 0);
    QVERIFY(!elsewhere.load());
}

void TestWorkspaceCache::sameProfileForEquivalentUrls()
{
    QTemporaryDir dir;
    WorkspaceCache a(dir.path(), QUrl(u"https://Billing.Example.com/"_qs), u"demo"_qs);
    WorkspaceCache b(dir.path(), QUrl(u"https://billing.example.com"_qs), u"demo"_qs);
    QCOMPARE(a.filePath(), b.filePath());
    QVERIFY(a.save({makeWorkspace(1, u"one"_qs, u"cn1"_qs)}, fixedNow()));
    QVERIFY(b.load());
}

void TestWorkspaceCache::holdsNoSecret()
{
    QTemporaryDir dir;
    const QUrl withPassword(u"https://demo:Secret-Pa55@billing.example.com"_qs);
    WorkspaceCache cache(dir.path(), withPassword, u"demo"_qs);
    QVERIFY(cache.save(syntheticWorkspaces(20), fixedNow()));
    QFile file(cache.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("Secret-Pa55"));
    QVERIFY(!bytes.toLower().contains("password"));
    QVERIFY(!bytes.toLower().contains("token"));
    // JSON Lines: the head on the first line, then one workspace per line.
    const QList<QByteArray> lines = bytes.split('\n');
    QCOMPARE(lines.size(), 1 + 20 + 1); // the last line ends with a newline
    QVERIFY(lines.constLast().isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(lines.constFirst()).object();
    QCOMPARE(root.value(u"version").toInt(), 2);
    QCOMPARE(root.value(u"count").toInt(), 20);
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"id").toString(),
             syntheticWorkspaces(1).constFirst().id);
    QCOMPARE(root.value(u"syncedAt").toString(), u"2026-11-26T08:00:00Z"_qs);
    QCOMPARE(root.value(u"server").toString(), u"https://billing.example.com"_qs);
}

void TestWorkspaceCache::failedSaveKeepsTheOldCache()
{
    QTemporaryDir dir;
    WorkspaceCache cache(dir.path(), kServer, u"demo"_qs);
    QVERIFY(cache.save({makeWorkspace(1, u"kept"_qs, u"cn1"_qs)}, fixedNow()));
    QFile file(cache.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    // A cache folder that is a file: fails for root as well.
    const QString blocked = dir.filePath(u"blocked"_qs);
    QFile blocker(blocked);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    WorkspaceCache broken(blocked, kServer, u"demo"_qs);
    QString error;
    QVERIFY(!broken.save(syntheticWorkspaces(10), fixedNow(), &error));
    QVERIFY(!error.isEmpty());

    // The target replaced by a folder: the rename fails, the temporary file is removed.
    QVERIFY(QFile::rename(cache.filePath(), dir.filePath(u"moved"_qs)));
    QVERIFY(QDir().mkdir(cache.filePath()));
    QVERIFY(!cache.save(syntheticWorkspaces(10), fixedNow(), &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(cache.filePath())), qPrintable(error));
    const QStringList after = filesIn(dir.path());
    QCOMPARE(after.size(), 3); // blocked, moved, the folder: no temporary file left
    QVERIFY(QDir().rmdir(cache.filePath()));
    QVERIFY(QFile::rename(dir.filePath(u"moved"_qs), cache.filePath()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(cache.load()->workspaces.constFirst().name, u"kept"_qs);
}

void TestWorkspaceCache::damagedCacheIsAnError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("truncated") << QByteArray("{\"format\":\"billing-desk.workspace-cache\",");
    QTest::newRow("other format") << QByteArray("{\"format\":\"x\",\"version\":1}");
    QTest::newRow("newer version")
        << QByteArray("{\"format\":\"billing-desk.workspace-cache\",\"version\":3}\n{}\n");
    QTest::newRow("head not JSON") << QByteArray("{\"format\":\n");
    QTest::newRow("version 2 head without its count")
        << QByteArray("{\"format\":\"billing-desk.workspace-cache\",\"version\":2,\"server\":"
                      "\"https://billing.example.com\",\"username\":\"demo\",\"syncedAt\":"
                      "\"2026-11-26T08:00:00Z\"}\n");
}

void TestWorkspaceCache::shortCopyIsAnError_data()
{
    QTest::addColumn<int>("cutFromEnd");
    QTest::newRow("the last line missing") << 1;
    QTest::newRow("the last line cut") << 0;
}

// A copy with fewer rows than its head counts (a file cut at a line break) or a line cut
// short is refused, never shown as the account's list.
void TestWorkspaceCache::shortCopyIsAnError()
{
    QFETCH(int, cutFromEnd);
    QTemporaryDir dir;
    WorkspaceCache cache(dir.path(), kServer, u"demo"_qs);
    QVERIFY(cache.save(syntheticWorkspaces(3), fixedNow()));
    QFile file(cache.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    lines.removeLast(); // after the last newline
    if (cutFromEnd > 0)
        lines.removeLast();
    else
        lines.last().chop(10);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join('\n') + '\n');
    file.close();
    QString error;
    QVERIFY(!cache.load(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(cache.filePath())), qPrintable(error));
}

// A copy written before issue 20 (version 1, one JSON object) is read as it was; the next
// save writes version 2.
void TestWorkspaceCache::versionOneCopyIsStillRead()
{
    QTemporaryDir dir;
    WorkspaceCache cache(dir.path(), kServer, u"demo"_qs);
    const QList<Workspace> workspaces = syntheticWorkspaces(4);
    QVERIFY(cache.save(workspaces, fixedNow()));
    QFile file(cache.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    lines.removeLast();
    QJsonObject head = QJsonDocument::fromJson(lines.takeFirst()).object();
    head.insert(u"version"_qs, 1);
    head.remove(u"count"_qs);
    QByteArray legacy = QJsonDocument(head).toJson(QJsonDocument::Compact);
    legacy.chop(1);
    legacy += ",\"workspaces\":[" + lines.join(',') + "]}";
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(legacy);
    file.close();

    QString error;
    const auto loaded = cache.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->workspaces.size(), workspaces.size());
    QCOMPARE(loaded->workspaces.constLast().id, workspaces.constLast().id);
    QCOMPARE(loaded->syncedAt, fixedNow());
}

void TestWorkspaceCache::damagedCacheIsAnError()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    WorkspaceCache cache(dir.path(), kServer, u"demo"_qs);
    QFile file(cache.filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QString error;
    QVERIFY(!cache.load(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(cache.filePath())), qPrintable(error));
}

void TestWorkspaceCache::defaultDirectoryIsUnderAppData()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QCOMPARE(WorkspaceCache::defaultDirectory(), base + u"/cache");
}

void TestWorkspaceCache::ageIsDescribed()
{
    const QDateTime now = fixedNow();
    QCOMPARE(describeAge(now.addSecs(-20), now), u"less than a minute"_qs);
    QCOMPARE(describeAge(now.addSecs(-5 * 60), now), u"5 minute(s)"_qs);
    QCOMPARE(describeAge(now.addSecs(-3 * 3600 - 100), now), u"3 hour(s)"_qs);
    QCOMPARE(describeAge(now.addDays(-2), now), u"2 day(s)"_qs);
}

QTEST_GUILESS_MAIN(TestWorkspaceCache)
#include "tst_workspacecache.moc"
