// WorkspaceSession against the real billing-center: sync fills the table and the cache, the
// journal survives a simulated crash and is offered back, restored or discarded, and a
// chunk left unconfirmed by the crash is re-sent once.
#include "BulkApplyEngine.h"
#include "MainWindowFixture.h"
#include "StagingCommands.h"
#include "WorkspaceCache.h"
#include "WorkspaceFilterProxy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QUndoStack>

using namespace billing;
using namespace billing::test;

namespace {
SettlementChange to(SettlementMethod method)
{
    return MainWindowFixture::target(method);
}
} // namespace

class TestWorkspaceSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void syncFillsModelAndCache();
    void unchangedCopyIsNotWrittenAgain();
    void journalOfferedAfterCrash();
    void discardRemovesJournal();
    void unconfirmedChunkResentOnce();
    void syncFailureReported();
    void offlineCopyUntilSyncSucceeds();
    void unreadableJournalReported();

private:
    QList<Workspace> onSite(const WorkspaceTableModel &model, const QString &site, int count,
                            SettlementMethod method) const;
    void waitForJournal(const WorkspaceSession &session);

    MainWindowFixture m_fixture{240};
};

void TestWorkspaceSession::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
}

void TestWorkspaceSession::init()
{
    // Every test starts without a journal left by the one before.
    QDir(QDir(m_fixture.dataDirectory()).filePath(QStringLiteral("journal"))).removeRecursively();
}

QList<Workspace> TestWorkspaceSession::onSite(const WorkspaceTableModel &model, const QString &site,
                                              int count, SettlementMethod method) const
{
    QList<Workspace> found;
    for (const Workspace &ws : model.workspaces()) {
        if (ws.site == site && ws.settlement.method == method && found.size() < count)
            found.append(ws);
    }
    return found;
}

void TestWorkspaceSession::waitForJournal(const WorkspaceSession &session)
{
    ChangeJournal &journal = const_cast<WorkspaceSession &>(session).journal();
    QTRY_VERIFY_WITH_TIMEOUT(journal.exists(), MainWindowFixture::kSlowMs);
}

void TestWorkspaceSession::syncFillsModelAndCache()
{
    auto session = m_fixture.newSession();
    QVERIFY(!session->journalFromLastRun());
    QVERIFY(!session->lastSyncAt().isValid());
    QSignalSpy started(session.get(), &WorkspaceSession::syncStarted);
    QSignalSpy saved(session.get(), &WorkspaceSession::cacheSaveFinished);
    QString error;
    QVERIFY2(MainWindowFixture::sync(*session, &error), qPrintable(error));
    QCOMPARE(started.size(), 1);
    // The copy is written off the GUI thread, after the sync.
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.at(0).at(0).toBool(), true);
    QCOMPARE(session->model().rowCount(), 240);
    QCOMPARE(session->proxy().rowCount(), 240);
    QVERIFY(session->lastSyncAt().isValid());
    QVERIFY(!session->isSyncing());

    WorkspaceCache cache(QDir(m_fixture.dataDirectory()).filePath(QStringLiteral("cache")),
                         m_fixture.profile().url, m_fixture.profile().username);
    const auto cached = cache.load(&error);
    QVERIFY2(cached, qPrintable(error));
    QCOMPARE(cached->workspaces.size(), 240);
    QVERIFY(qAbs(cached->syncedAt.msecsTo(session->lastSyncAt())) < 1000); // stored in seconds
}

void TestWorkspaceSession::unchangedCopyIsNotWrittenAgain()
{
    const QString path = QDir(m_fixture.dataDirectory()).filePath(QStringLiteral("cache"));
    WorkspaceCache cache(path, m_fixture.profile().url, m_fixture.profile().username);
    QString error;
    {
        auto first = m_fixture.newSession();
        QSignalSpy saved(first.get(), &WorkspaceSession::cacheSaveFinished);
        QVERIFY2(MainWindowFixture::sync(*first, &error), qPrintable(error));
        QVERIFY(saved.wait(10000));
    }
    const auto written = cache.load(&error);
    QVERIFY2(written, qPrintable(error));

    // Nothing changed on the server: the delta is empty and the copy stays as it was.
    {
        auto second = m_fixture.newSession();
        QVERIFY(second->showCachedCopy());
        QVERIFY2(MainWindowFixture::sync(*second, &error), qPrintable(error));
        QVERIFY(!second->isSavingCache());
        QVERIFY(second->lastSyncAt() >= written->syncedAt);
    }
    const auto kept = cache.load(&error);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(kept->syncToken, written->syncToken);
    QCOMPARE(kept->syncedAt, written->syncedAt);

    // One workspace changed behind the client's back: the delta brings it, the copy follows.
    const Workspace changed = written->workspaces.first();
    const QString method = toWire(changed.settlement.method == SettlementMethod::BillingCenter
                                      ? SettlementMethod::Aws
                                      : SettlementMethod::BillingCenter);
    QVERIFY2(m_fixture.changeBehindTheBack(changed.id, method, &error), qPrintable(error));
    {
        auto third = m_fixture.newSession();
        QVERIFY(third->showCachedCopy());
        QSignalSpy saved(third.get(), &WorkspaceSession::cacheSaveFinished);
        QVERIFY2(MainWindowFixture::sync(*third, &error), qPrintable(error));
        QVERIFY(saved.wait(10000));
    }
    const auto rewritten = cache.load(&error);
    QVERIFY2(rewritten, qPrintable(error));
    QVERIFY(rewritten->syncToken != written->syncToken);
    const auto it = std::find_if(rewritten->workspaces.cbegin(), rewritten->workspaces.cend(),
                                 [&](const Workspace &ws) { return ws.id == changed.id; });
    QVERIFY(it != rewritten->workspaces.cend());
    QCOMPARE(it->version, changed.version + 1);
}

void TestWorkspaceSession::journalOfferedAfterCrash()
{
    QList<StagedChange> stagedBefore;
    {
        auto first = m_fixture.newSession();
        QString error;
        QVERIFY2(MainWindowFixture::sync(*first, &error), qPrintable(error));
        QList<Workspace> selection =
            onSite(first->model(), QStringLiteral("cn1"), 3, SettlementMethod::BillingCenter);
        selection +=
            onSite(first->model(), QStringLiteral("us1"), 3, SettlementMethod::BillingCenter);
        QCOMPARE(selection.size(), 6);
        first->undoStack().push(
            new StageChangesCommand(first->staged(), selection, to(SettlementMethod::Azure)));
        QCOMPARE(first->staged().size(), 6);
        waitForJournal(*first);
        stagedBefore = first->staged().all();

        // The crash: a second process reads the disk while the first never shut down.
        auto second = m_fixture.newSession();
        const auto offered = second->journalFromLastRun();
        QVERIFY(offered);
        QCOMPARE(offered->entries.size(), 6);
        QVERIFY(offered->savedAt.isValid());
        QVERIFY(second->staged().isEmpty()); // nothing staged until the user decides
        second->restoreJournal();
        QCOMPARE(second->staged().size(), 6);
        QVERIFY(!second->journalFromLastRun());
        for (const StagedChange &change : std::as_const(stagedBefore)) {
            const StagedChange *restored = second->staged().find(change.workspaceId());
            QVERIFY(restored);
            QCOMPARE(restored->target.method, SettlementMethod::Azure);
            QCOMPARE(restored->originalVersion, change.originalVersion);
            QCOMPARE(restored->state, StagedState::Staged);
        }
        QVERIFY(second->undoStack().count() == 0);
    }
}

void TestWorkspaceSession::discardRemovesJournal()
{
    {
        auto first = m_fixture.newSession();
        QString error;
        QVERIFY2(MainWindowFixture::sync(*first, &error), qPrintable(error));
        first->staged().put(
            {stagedChangeFor(first->model().workspace(0), to(SettlementMethod::Azure))});
        waitForJournal(*first);
    }
    auto second = m_fixture.newSession();
    QVERIFY(second->journalFromLastRun());
    second->discardJournal();
    QVERIFY(!second->journalFromLastRun());
    QVERIFY(!second->journal().exists());
    QVERIFY(second->staged().isEmpty());
    auto third = m_fixture.newSession();
    QVERIFY(!third->journalFromLastRun());
}

void TestWorkspaceSession::unconfirmedChunkResentOnce()
{
    auto first = m_fixture.newSession();
    QString error;
    QVERIFY2(MainWindowFixture::sync(*first, &error), qPrintable(error));
    const QList<Workspace> selection =
        onSite(first->model(), QStringLiteral("eu1"), 4, SettlementMethod::BillingCenter);
    QCOMPARE(selection.size(), 4);
    QList<StagedChange> changes;
    for (const Workspace &ws : selection)
        changes.append(stagedChangeFor(ws, to(SettlementMethod::Aws)));

    // What a crash right after sending leaves: rows "applying" and their chunk with its key.
    JournalContents contents;
    contents.server = m_fixture.profile().url.toString();
    contents.username = m_fixture.profile().username;
    contents.savedAt = QDateTime::currentDateTimeUtc();
    JournalChunk chunk;
    chunk.idempotencyKey = BillingClient::newIdempotencyKey();
    chunk.sentAt = contents.savedAt;
    for (StagedChange change : std::as_const(changes)) {
        change.state = StagedState::Applying;
        contents.entries.append(change);
        chunk.changes.append(change.target);
    }
    contents.unconfirmed = {chunk};
    QVERIFY2(first->journal().save(contents, &error), qPrintable(error));
    first.reset();

    auto second = m_fixture.newSession();
    QVERIFY(second->journalFromLastRun());
    QCOMPARE(second->journalFromLastRun()->unconfirmed.size(), 1);
    second->restoreJournal();
    QCOMPARE(second->engine().unconfirmedChunks().size(), 1);
    QSignalSpy keys(&second->engine(), &BulkApplyEngine::chunkSent);
    QSignalSpy finished(&second->engine(), &BulkApplyEngine::finished);
    second->engine().apply();
    QVERIFY(finished.wait(MainWindowFixture::kSlowMs));
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().at(1).toByteArray(), chunk.idempotencyKey);
    QCOMPARE(second->engine().summary().applied, 4);
    QVERIFY(second->engine().unconfirmedChunks().isEmpty());

    // Sending the same key again replays: still one change per workspace on the server.
    QVERIFY2(MainWindowFixture::sync(*second, &error), qPrintable(error));
    for (const Workspace &before : selection) {
        const Workspace &after = second->model().workspace(second->model().rowOf(before.id));
        QCOMPARE(after.settlement.method, SettlementMethod::Aws);
        QCOMPARE(after.version, before.version + 1);
    }
}

void TestWorkspaceSession::offlineCopyUntilSyncSucceeds()
{
    QList<Workspace> copy;
    {
        auto first = m_fixture.newSession();
        QString error;
        QVERIFY2(MainWindowFixture::sync(*first, &error), qPrintable(error));
        copy = first->model().workspaces().mid(0, 5);
    }
    const QDateTime syncedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    auto session = m_fixture.newSession();
    session->showOfflineCopy(copy, syncedAt);
    QVERIFY(session->isOfflineCopy());
    QCOMPARE(session->model().rowCount(), 5);
    QCOMPARE(session->lastSyncAt(), syncedAt);

    QString error;
    QVERIFY2(MainWindowFixture::sync(*session, &error), qPrintable(error));
    QVERIFY(!session->isOfflineCopy());
    QCOMPARE(session->model().rowCount(), 240);
    QVERIFY(session->lastSyncAt() > syncedAt);
}

void TestWorkspaceSession::syncFailureReported()
{
    auto session = m_fixture.newSession();
    QString error;
    QVERIFY2(MainWindowFixture::sync(*session, &error), qPrintable(error));
    const QDateTime synced = session->lastSyncAt();
    BillingClient anonymous(session->client().network(), session->client().baseUrl());
    WorkspaceSession unauthorised(anonymous, m_fixture.profile(), m_fixture.dataDirectory());
    QSignalSpy finished(&unauthorised, &WorkspaceSession::syncFinished);
    unauthorised.sync();
    QVERIFY(finished.wait(MainWindowFixture::kSlowMs));
    QVERIFY(finished.first().first().value<ClientError>().isError());
    QCOMPARE(unauthorised.model().rowCount(), 0);
    QVERIFY(!unauthorised.lastSyncAt().isValid());
    QCOMPARE(session->lastSyncAt(), synced);
}

void TestWorkspaceSession::unreadableJournalReported()
{
    QString path;
    {
        auto first = m_fixture.newSession();
        path = first->journal().filePath();
    }
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not a journal");
    file.close();
    auto session = m_fixture.newSession();
    QVERIFY(!session->journalFromLastRun());
    QVERIFY(!session->journalError().isEmpty());
    QVERIFY(session->staged().isEmpty());
    QVERIFY(QFile::remove(path));
}

QTEST_GUILESS_MAIN(TestWorkspaceSession)
#include "tst_workspace_session.moc"
