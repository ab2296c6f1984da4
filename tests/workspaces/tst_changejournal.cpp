// ChangeJournal: atomic JSON round trip, removal when empty, damaged and unwritable
// files, no secrets, and the engine saving staging edits on its own.
#include "BillingClient.h"
#include "BulkApplyEngine.h"
#include "ChangeJournal.h"
#include "WorkspaceFixtures.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
const QUrl kServer(u"http://127.0.0.1:8080"_qs);

JournalContents sampleContents()
{
    JournalContents contents;
    contents.server = kServer.toString();
    contents.username = u"demo"_qs;
    contents.savedAt = fixedNow();
    SettlementChange aliyun;
    aliyun.method = SettlementMethod::Aliyun;
    aliyun.aliyunAccountId = u"1234567890123456"_qs;
    aliyun.instanceId = u"6227091"_qs;
    const QList<Workspace> workspaces = syntheticWorkspaces(6);
    for (const Workspace &ws : workspaces)
        contents.entries << stagedChangeFor(ws, aliyun);
    contents.entries[1].state = StagedState::Applying;
    contents.entries[2].state = StagedState::Rejected;
    contents.entries[2].error = ApiError::make(ErrorCode::VersionConflict, u"changed"_qs);
    contents.entries[2].error.current = workspaces.at(2);
    contents.entries[3].state = StagedState::Rejected;
    contents.entries[3].error = ApiError::make(ErrorCode::ChangeTooSoon, u"soon"_qs);
    contents.entries[3].error.nextChangeAllowedAt = fixedNow().addDays(5);
    JournalChunk chunk;
    chunk.idempotencyKey = "bulk-key-1";
    chunk.changes << contents.entries[1].target;
    chunk.sentAt = fixedNow();
    contents.unconfirmed << chunk;
    return contents;
}
} // namespace

class TestChangeJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void emptyRemovesTheFile();
    void replacesAtomically();
    void damagedJournal();
    void unwritableDirectory();
    void separateFilesPerUserAndServer();
    void engineSavesStagingEditsWithoutSecrets();
};

void TestChangeJournal::roundTrip()
{
    QTemporaryDir dir;
    ChangeJournal journal(dir.path(), kServer, u"demo"_qs);
    const JournalContents contents = sampleContents();
    QString error;
    QVERIFY2(journal.save(contents, &error), qPrintable(error));
    QVERIFY(journal.exists());
    QCOMPARE(QFile(journal.filePath()).permissions()
                 & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    const auto loaded = journal.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->server, contents.server);
    QCOMPARE(loaded->username, u"demo"_qs);
    QCOMPARE(loaded->savedAt, contents.savedAt);
    QCOMPARE(loaded->entries, contents.entries);
    QCOMPARE(loaded->entries.at(2).error.code, ErrorCode::VersionConflict);
    QVERIFY(loaded->entries.at(2).error.current.has_value());
    QCOMPARE(loaded->entries.at(2).error.current->version, contents.entries.at(2).originalVersion);
    QCOMPARE(loaded->entries.at(3).error.nextChangeAllowedAt, fixedNow().addDays(5));
    QCOMPARE(loaded->unconfirmed.size(), 1);
    QCOMPARE(loaded->unconfirmed.first().idempotencyKey, QByteArray("bulk-key-1"));
    // Re-sent bodies must be the same JSON value as the first time.
    QCOMPARE(loaded->unconfirmed.first().changes.first().toJson(true),
             contents.unconfirmed.first().changes.first().toJson(true));
}

void TestChangeJournal::emptyRemovesTheFile()
{
    QTemporaryDir dir;
    ChangeJournal journal(dir.path(), kServer, u"demo"_qs);
    QVERIFY(journal.save(sampleContents()));
    QVERIFY(journal.exists());
    QVERIFY(journal.save(JournalContents{}));
    QVERIFY(!journal.exists());
    QVERIFY(!journal.load().has_value());
}

void TestChangeJournal::replacesAtomically()
{
    QTemporaryDir dir;
    ChangeJournal journal(dir.path(), kServer, u"demo"_qs);
    JournalContents contents = sampleContents();
    QVERIFY(journal.save(contents));
    contents.entries.removeLast();
    QVERIFY(journal.save(contents));
    QCOMPARE(journal.load()->entries.size(), contents.entries.size());
    // QSaveFile leaves nothing but the journal itself behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestChangeJournal::damagedJournal()
{
    QTemporaryDir dir;
    ChangeJournal journal(dir.path(), kServer, u"demo"_qs);
    QVERIFY(journal.save(sampleContents()));
    QFile file(journal.filePath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray whole = file.readAll();
    file.resize(0);
    file.write(whole.left(whole.size() / 2));
    file.close();
    QString error;
    QVERIFY(!journal.load(&error).has_value());
    QVERIFY(error.contains(u"damaged"_qs));

    QString versionError;
    QJsonObject root = QJsonDocument::fromJson(ChangeJournal::toJson(sampleContents())).object();
    QCOMPARE(root.value(u"version").toInt(), 1);
    root.insert(u"version"_qs, 99);
    const QByteArray other = QJsonDocument(root).toJson();
    QVERIFY(!ChangeJournal::fromJson(other, &versionError));
    QVERIFY(!versionError.isEmpty());
}

void TestChangeJournal::unwritableDirectory()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"not-a-directory"_qs));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ChangeJournal journal(blocker.fileName() + u"/journals"_qs, kServer, u"demo"_qs);
    QString error;
    QVERIFY(!journal.save(sampleContents(), &error));
    QVERIFY(error.contains(u"journal"_qs));
}

void TestChangeJournal::separateFilesPerUserAndServer()
{
    const QString dir = u"/tmp/x"_qs;
    QCOMPARE(ChangeJournal(dir, kServer, u"demo"_qs).filePath(),
             ChangeJournal(dir, kServer, u"DEMO"_qs).filePath()); // usernames ignore case
    QVERIFY(ChangeJournal(dir, kServer, u"demo"_qs).filePath()
            != ChangeJournal(dir, kServer, u"other"_qs).filePath());
    QVERIFY(ChangeJournal(dir, kServer, u"demo"_qs).filePath()
            != ChangeJournal(dir, QUrl(u"https://billing.example.com"_qs), u"demo"_qs).filePath());
}

void TestChangeJournal::engineSavesStagingEditsWithoutSecrets()
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    BillingClient client(&network, kServer);
    const QString token = u"secret-session-token-4711"_qs;
    client.setSession(SessionInfo{token, {}, {}});
    ChangeJournal journal(dir.path(), kServer, u"demo"_qs);
    StagedChanges staged;
    BulkApplyEngine engine(client, staged, &journal);
    SettlementChange azure;
    azure.method = SettlementMethod::Azure;
    QList<StagedChange> entries;
    for (const Workspace &ws : syntheticWorkspaces(30)) {
        if (ws.settlement.method != SettlementMethod::Azure)
            entries << stagedChangeFor(ws, azure);
    }
    staged.put(entries);
    QTRY_VERIFY(journal.exists());
    QCOMPARE(journal.load()->entries, entries);
    QFile file(journal.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(token.toUtf8()));
    QVERIFY(!bytes.contains("password"));
    QVERIFY(!bytes.contains("token"));
    file.close();

    staged.clear();
    QTRY_VERIFY(!journal.exists());
}

QTEST_GUILESS_MAIN(TestChangeJournal)
#include "tst_changejournal.moc"
