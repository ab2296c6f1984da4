// Everything the client keeps for itself (the offline copies of workspaces, activity and
// bills, the change journal and its log, the server profiles) is its user's alone: files
// 0600 and the folders made for them 0700, whatever the umask.
#include "ActivityCache.h"
#include "BillCache.h"
#include "ChangeJournal.h"
#include "ProfileStore.h"
#include "WorkspaceCache.h"
#include "WorkspaceFixtures.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace billing;
using namespace billing::test;

namespace {
const QUrl kServer(QStringLiteral("https://billing.example.com"));

// The permission bits of `path`, as stat() reports them.
int modeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

JournalContents oneStagedRow()
{
    StagedChange row;
    row.target.workspaceId = workspaceIdFor(1);
    row.target.method = SettlementMethod::BillingCenter;
    row.workspaceName = u"prod"_qs;
    row.site = u"cn1"_qs;
    row.original.method = SettlementMethod::Aliyun;
    JournalContents contents;
    contents.server = kServer.toString();
    contents.username = u"demo"_qs;
    contents.savedAt = fixedNow();
    contents.entries = {row};
    return contents;
}
} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offlineCopiesAreOwnerOnly();
    void oldCopyBecomesOwnerOnlyWhenRewritten();
    void journalAndItsLogAreOwnerOnly();
    void profilesAreOwnerOnly();

private:
    QTemporaryDir m_dir;
    mode_t m_umask = 0;
};

void TestPrivateFiles::init()
{
    m_umask = ::umask(022); // the usual default, which leaves new files world-readable
}

void TestPrivateFiles::cleanup()
{
    ::umask(m_umask);
}

void TestPrivateFiles::offlineCopiesAreOwnerOnly()
{
    const QString cache = m_dir.filePath(u"share/billing-desk/cache"_qs);
    WorkspaceCache workspaces(cache, kServer, u"demo"_qs);
    QString error;
    QVERIFY2(workspaces.save({makeWorkspace(1, u"prod"_qs, u"cn1"_qs)}, fixedNow(), &error),
             qPrintable(error));
    ActivityCache activity(cache, kServer, u"demo"_qs);
    AuditFilter filter;
    filter.since = fixedNow().addDays(-1);
    filter.until = fixedNow();
    QVERIFY2(activity.record(filter, {}, fixedNow(), &error), qPrintable(error));
    BillCache bills(cache, kServer, u"demo"_qs, u"2026-11"_qs);
    QVERIFY2(bills.save({}, fixedNow(), &error), qPrintable(error));

    for (const QString &file : {workspaces.filePath(), activity.filePath(), bills.filePath()})
        QCOMPARE(modeOf(file), 0600);
    // Every folder made for them, not only the last one.
    QCOMPARE(modeOf(cache), 0700);
    QCOMPARE(modeOf(m_dir.filePath(u"share/billing-desk"_qs)), 0700);
    QCOMPARE(modeOf(m_dir.filePath(u"share"_qs)), 0700);
}

void TestPrivateFiles::oldCopyBecomesOwnerOnlyWhenRewritten()
{
    const QString cache = m_dir.filePath(u"old-cache"_qs);
    QVERIFY(QDir().mkpath(cache));
    QVERIFY(QFile::setPermissions(cache, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                             | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                             | QFile::ExeOther));
    WorkspaceCache workspaces(cache, kServer, u"demo"_qs);
    {
        QFile old(workspaces.filePath());
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("{}");
    }
    QCOMPARE(modeOf(workspaces.filePath()), 0644); // as written before this rule
    QVERIFY(workspaces.save({makeWorkspace(1, u"prod"_qs, u"cn1"_qs)}, fixedNow()));
    QCOMPARE(modeOf(workspaces.filePath()), 0600);
    QCOMPARE(modeOf(cache), 0700);
}

void TestPrivateFiles::journalAndItsLogAreOwnerOnly()
{
    const QString folder = m_dir.filePath(u"data/journal"_qs);
    ChangeJournal journal(folder, kServer, u"demo"_qs);
    QString error;
    QVERIFY2(journal.save(oneStagedRow(), &error), qPrintable(error));
    JournalChunk chunk;
    chunk.idempotencyKey = "key-1";
    chunk.changes = {oneStagedRow().entries.constFirst().target};
    chunk.sentAt = fixedNow();
    QVERIFY2(journal.appendSent(chunk, &error), qPrintable(error));

    QCOMPARE(modeOf(journal.filePath()), 0600);
    QCOMPARE(modeOf(journal.logPath()), 0600);
    QCOMPARE(modeOf(QFileInfo(journal.filePath()).absolutePath()), 0700);
    QCOMPARE(modeOf(m_dir.filePath(u"data"_qs)), 0700);
}

void TestPrivateFiles::profilesAreOwnerOnly()
{
    const QString file = m_dir.filePath(u"config/billing-desk/billing-desk.conf"_qs);
    QSettings settings(file, QSettings::IniFormat);
    ProfileStore store(settings);
    ServerProfile profile;
    profile.name = u"Production"_qs;
    profile.url = kServer;
    profile.username = u"demo"_qs;
    const ProfileStore::Result added = store.add(profile);
    QVERIFY2(added.ok(), qPrintable(added.message));
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(modeOf(QFileInfo(file).absolutePath()), 0700);
    QCOMPARE(modeOf(m_dir.filePath(u"config"_qs)), 0700);
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_private_files.moc"
