// The workspace change log behind delta sync (migration 7) on a real SQLite file: every change
// is appended, a listing shows each workspace once at its latest change, and pruning deletes
// only entries that no listing can show.
#include "WalletFixture.h"
#include "WorkspaceChangeLog.h"

#include <QTest>

using namespace billing;
using namespace billing::test;

class TestWorkspaceChangeLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyChangeIsAppended();
    void aListingShowsEachWorkspaceOnceAtItsLatestChange();
    void pruningKeepsWhatAListingShows();
    void pruningGoesRoundTheClockAWindowAtATime();

private:
    void change(StoredWorkspace &stored);
    qint64 logEntries();
    QStringList changedIds(qint64 after);

    std::unique_ptr<WalletFixture> m_fixture;
    QString m_account;
};

void TestWorkspaceChangeLog::init()
{
    m_fixture = std::make_unique<WalletFixture>();
    QString error;
    QVERIFY2(m_fixture->open(&error), qPrintable(error));
    m_account = m_fixture->addAccount(QStringLiteral("ops"));
}

void TestWorkspaceChangeLog::cleanup()
{
    m_fixture.reset();
}

void TestWorkspaceChangeLog::change(StoredWorkspace &stored)
{
    const StoredWorkspace before = stored;
    stored.workspace.version += 1;
    stored.workspace.updatedAt = stored.workspace.updatedAt.addSecs(60);
    m_fixture->workspaces->update(stored, before);
}

qint64 TestWorkspaceChangeLog::logEntries()
{
    return m_fixture->integer(QStringLiteral("SELECT count(*) FROM workspace_changes"));
}

QStringList TestWorkspaceChangeLog::changedIds(qint64 after)
{
    QStringList ids;
    for (const StoredWorkspace &stored : m_fixture->workspaces->changedSince(m_account, after, 100))
        ids << stored.workspace.id;
    return ids;
}

void TestWorkspaceChangeLog::everyChangeIsAppended()
{
    StoredWorkspace a = m_fixture->addWorkspace(m_account, QStringLiteral("a"));
    QCOMPARE(logEntries(), 1);
    change(a);
    change(a);
    QCOMPARE(logEntries(), 3);
    const qint64 newest = m_fixture->integer(QStringLiteral("SELECT max(change_seq) FROM "
                                                            "workspace_changes"));
    QCOMPARE(newest, m_fixture->workspaces->syncClock().second);
}

void TestWorkspaceChangeLog::aListingShowsEachWorkspaceOnceAtItsLatestChange()
{
    StoredWorkspace a = m_fixture->addWorkspace(m_account, QStringLiteral("a"));
    StoredWorkspace b = m_fixture->addWorkspace(m_account, QStringLiteral("b"));
    const qint64 afterInserts = m_fixture->workspaces->syncClock().second;
    change(a);
    change(b);
    change(a); // a is now the latest: listed after b, once
    QCOMPARE(changedIds(0), (QStringList{QStringLiteral("ws_b"), QStringLiteral("ws_a")}));
    QCOMPARE(changedIds(afterInserts),
             (QStringList{QStringLiteral("ws_b"), QStringLiteral("ws_a")}));
    QCOMPARE(m_fixture->workspaces->countChangedSince(m_account, afterInserts), 2);
    const qint64 afterAll = m_fixture->workspaces->syncClock().second;
    QVERIFY(changedIds(afterAll).isEmpty());
    QCOMPARE(m_fixture->workspaces->countChangedSince(m_account, afterAll), 0);
}

void TestWorkspaceChangeLog::pruningKeepsWhatAListingShows()
{
    StoredWorkspace a = m_fixture->addWorkspace(m_account, QStringLiteral("a"));
    StoredWorkspace b = m_fixture->addWorkspace(m_account, QStringLiteral("b"));
    m_fixture->addWorkspace(m_account, QStringLiteral("c"));
    for (int i = 0; i < 5; ++i)
        change(a);
    change(b);
    QCOMPARE(logEntries(), 3 + 6);
    const QStringList before = changedIds(0);

    WorkspaceChangeLog log(m_fixture->db.handle());
    QCOMPARE(log.pruneNextWindow(), 6); // a's first four changes and its insert, b's insert
    QCOMPARE(logEntries(), 3);
    QCOMPARE(changedIds(0), before);
    QCOMPARE(log.pruneNextWindow(), 0);
}

void TestWorkspaceChangeLog::pruningGoesRoundTheClockAWindowAtATime()
{
    StoredWorkspace a = m_fixture->addWorkspace(m_account, QStringLiteral("a")); // low clock
    change(a);
    const qint64 far = 2 * WorkspaceChangeLog::kWindow + 10;
    m_fixture->integer(QStringLiteral("UPDATE sync_clock SET value = ?"), {far});
    StoredWorkspace b = m_fixture->addWorkspace(m_account, QStringLiteral("b")); // far clock
    change(b);

    WorkspaceChangeLog log(m_fixture->db.handle());
    QCOMPARE(log.pruneNextWindow(), 1); // (0, window]: a's insert
    QCOMPARE(log.pruneNextWindow(), 0); // (window, 2 window]: nothing there
    QCOMPARE(log.pruneNextWindow(), 1); // (2 window, 3 window]: b's insert; the end: round again
    change(a);
    QCOMPARE(log.pruneNextWindow(), 1); // back at (0, window]
    QCOMPARE(changedIds(0), (QStringList{QStringLiteral("ws_b"), QStringLiteral("ws_a")}));
}

QTEST_GUILESS_MAIN(TestWorkspaceChangeLog)
#include "tst_workspace_change_log.moc"
