// The change journal's log: what a running apply appends between two saves (the chunk
// sent, then its results) and load() replays; a log of an earlier journal or a record cut
// by a crash is not replayed.
#include "ChangeJournal.h"
#include "WorkspaceFixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
const QUrl kServer(u"http://127.0.0.1:8080"_qs);

// Six staged rows, nothing sent yet.
JournalContents stagedSix()
{
    JournalContents contents;
    contents.server = kServer.toString();
    contents.username = u"demo"_qs;
    contents.savedAt = fixedNow();
    SettlementChange azure;
    azure.method = SettlementMethod::Azure;
    for (const Workspace &ws : syntheticWorkspaces(6))
        contents.entries << stagedChangeFor(ws, azure);
    return contents;
}

JournalChunk chunkOf(const JournalContents &contents, qsizetype from, qsizetype count,
                     const QByteArray &key)
{
    JournalChunk chunk;
    chunk.idempotencyKey = key;
    chunk.sentAt = fixedNow();
    for (qsizetype i = from; i < from + count; ++i)
        chunk.changes << contents.entries.at(i).target;
    return chunk;
}

StagedChange withState(StagedChange entry, StagedState state)
{
    entry.state = state;
    if (state == StagedState::Rejected)
        entry.error = ApiError::make(ErrorCode::ChangeTooSoon, u"too soon"_qs);
    return entry;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}
} // namespace

class TestJournalLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nothingToExtendBeforeASave();
    void sentChunkIsUnconfirmedAfterACrash();
    void resultsRemoveAppliedRowsAndKeepRejectedOnes();
    void saveStartsANewLog();
    void logOfAnEarlierJournalIsIgnored();
    void recordCutByACrashIsNotReplayed();
    void removeDeletesTheLogToo();

private:
    // A journal of stagedSix() saved in a fresh folder, ready to append to.
    ChangeJournal &saved();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChangeJournal> m_journal;
    const JournalContents m_contents = stagedSix();
};

void TestJournalLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<ChangeJournal>(m_dir->path(), kServer, u"demo"_qs);
}

void TestJournalLog::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

ChangeJournal &TestJournalLog::saved()
{
    QString error;
    if (!m_journal->save(m_contents, &error))
        qFatal("cannot save the journal: %s", qPrintable(error));
    return *m_journal;
}

void TestJournalLog::nothingToExtendBeforeASave()
{
    QVERIFY(!m_journal->canAppend());
    QString error;
    QVERIFY(!m_journal->appendSent(chunkOf(m_contents, 0, 2, "k1"), &error));
    QVERIFY(error.contains(u"journal"_qs));
    QVERIFY(!QFile::exists(m_journal->logPath()));
}

void TestJournalLog::sentChunkIsUnconfirmedAfterACrash()
{
    QVERIFY(saved().canAppend());
    QString error;
    const JournalChunk sent = chunkOf(m_contents, 0, 3, "k1");
    QVERIFY2(m_journal->appendSent(sent, &error), qPrintable(error));
    m_journal.reset(); // the process dies here: no save after the append

    ChangeJournal reopened(m_dir->path(), kServer, u"demo"_qs);
    const auto loaded = reopened.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->unconfirmed.size(), 1);
    QCOMPARE(loaded->unconfirmed.first().idempotencyKey, QByteArray("k1"));
    QCOMPARE(loaded->unconfirmed.first().changes.size(), 3);
    for (int i = 0; i < 3; ++i) {
        // Re-sent bodies must be the same JSON value as the first time.
        QCOMPARE(loaded->unconfirmed.first().changes.at(i).toJson(true),
                 sent.changes.at(i).toJson(true));
    }
    QCOMPARE(loaded->entries.size(), 6);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(loaded->entries.at(i).state, i < 3 ? StagedState::Applying : StagedState::Staged);
}

void TestJournalLog::resultsRemoveAppliedRowsAndKeepRejectedOnes()
{
    const QList<StagedChange> &rows = m_contents.entries;
    QVERIFY(saved().appendSent(chunkOf(m_contents, 0, 3, "k1")));
    QVERIFY(m_journal->appendResults("k1", {withState(rows.at(0), StagedState::Applied),
                                            withState(rows.at(1), StagedState::Rejected),
                                            withState(rows.at(2), StagedState::Applied)}));
    QVERIFY(m_journal->appendSent(chunkOf(m_contents, 3, 2, "k2")));

    const auto loaded = m_journal->load();
    QVERIFY(loaded);
    QCOMPARE(loaded->unconfirmed.size(), 1);
    QCOMPARE(loaded->unconfirmed.first().idempotencyKey, QByteArray("k2"));
    QCOMPARE(loaded->entries.size(), 4); // rows 0 and 2 are done
    QCOMPARE(loaded->entries.at(0).workspaceId(), rows.at(1).workspaceId());
    QCOMPARE(loaded->entries.at(0).state, StagedState::Rejected);
    QCOMPARE(loaded->entries.at(0).error.code, ErrorCode::ChangeTooSoon);
    QCOMPARE(loaded->entries.at(1).state, StagedState::Applying);
    QCOMPARE(loaded->entries.at(2).state, StagedState::Applying);
    QCOMPARE(loaded->entries.at(3).state, StagedState::Staged);
}

void TestJournalLog::saveStartsANewLog()
{
    QVERIFY(saved().appendSent(chunkOf(m_contents, 0, 3, "k1")));
    QVERIFY(QFile::exists(m_journal->logPath()));
    JournalContents answered = m_contents;
    answered.entries.remove(0, 3); // what the engine would save once k1 was answered
    QVERIFY(m_journal->save(answered));
    QVERIFY(!QFile::exists(m_journal->logPath()));
    const auto loaded = m_journal->load();
    QCOMPARE(loaded->entries.size(), 3);
    QVERIFY(loaded->unconfirmed.isEmpty());
    // And appending goes on, into a log that names the new journal.
    QVERIFY(m_journal->appendSent(chunkOf(answered, 0, 1, "k2")));
    QCOMPARE(m_journal->load()->unconfirmed.size(), 1);
}

void TestJournalLog::logOfAnEarlierJournalIsIgnored()
{
    QVERIFY(saved().appendSent(chunkOf(m_contents, 0, 3, "k1")));
    const QByteArray oldLog = readAll(m_journal->logPath());
    QVERIFY(oldLog.contains("k1"));
    // A crash between writing the new journal and removing the old log leaves both.
    saved();
    writeAll(m_journal->logPath(), oldLog);
    const auto loaded = m_journal->load();
    QVERIFY(loaded);
    QVERIFY(loaded->unconfirmed.isEmpty());
    QCOMPARE(loaded->entries, m_contents.entries);
}

void TestJournalLog::recordCutByACrashIsNotReplayed()
{
    QVERIFY(saved().appendSent(chunkOf(m_contents, 0, 2, "k1")));
    QVERIFY(m_journal->appendSent(chunkOf(m_contents, 2, 2, "k2")));
    const QByteArray whole = readAll(m_journal->logPath());
    writeAll(m_journal->logPath(), whole.left(whole.size() - 20)); // k2's record, half written
    const auto loaded = m_journal->load();
    QVERIFY(loaded);
    QCOMPARE(loaded->unconfirmed.size(), 1);
    QCOMPARE(loaded->unconfirmed.first().idempotencyKey, QByteArray("k1"));
    QCOMPARE(loaded->entries.at(2).state, StagedState::Staged);
}

void TestJournalLog::removeDeletesTheLogToo()
{
    QVERIFY(saved().appendSent(chunkOf(m_contents, 0, 2, "k1")));
    QVERIFY(m_journal->remove());
    QVERIFY(!m_journal->exists());
    QVERIFY(!QFile::exists(m_journal->logPath()));
    QVERIFY(!m_journal->canAppend());
}

QTEST_GUILESS_MAIN(TestJournalLog)
#include "tst_journallog.moc"
