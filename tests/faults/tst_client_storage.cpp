// The client's writers on a full disk and on a read-only folder (fs_fault_injector,
// preloaded into this very process): the journal of staged changes, the workspace cache and
// the exports. Each fails with a translated sentence, leaves the previous file as it was and
// no partial file behind; a bulk apply whose journal cannot be written sends nothing, and
// every staged row stays staged.
#include "BulkApplyEngine.h"
#include "FaultFixtures.h"
#include "FaultInjectingServer.h"
#include "FsFaultInjector.h"
#include "WorkspaceCache.h"
#include "WorkspaceExport.h"
#include "WorkspaceFixtures.h"

#include <QCoreApplication>

#include <unistd.h>

using namespace billing;
using namespace billing::test;
using FsMode = FsFaultInjector::Mode;
Q_DECLARE_METATYPE(billing::test::FsFaultInjector::Mode)

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

QList<StagedChange> stagedFor(const QList<Workspace> &workspaces)
{
    QList<StagedChange> changes;
    for (const Workspace &ws : workspaces)
        changes << stagedChangeFor(ws, targetMethod(SettlementMethod::Azure));
    return changes;
}
} // namespace

class TestClientStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void journalKeepsItsLastVersion_data() { modes(); }
    void journalKeepsItsLastVersion();
    void applySendsNothingWithoutAJournal_data() { modes(); }
    void applySendsNothingWithoutAJournal();
    void cacheKeepsItsLastVersion_data() { modes(); }
    void cacheKeepsItsLastVersion();
    void exportKeepsTheOldFile_data() { modes(); }
    void exportKeepsTheOldFile();

private:
    void modes();
    void arm(FsMode mode);
    static QString causeFor(FsMode mode);

    std::unique_ptr<QTemporaryDir> m_dir;
    FsFaultInjector m_faults;
};

void TestClientStorage::modes()
{
    QTest::addColumn<FsMode>("mode");
    QTest::newRow("full disk") << FsMode::Full;
    QTest::newRow("read-only folder") << FsMode::ReadOnly;
}

QString TestClientStorage::causeFor(FsMode mode)
{
    return mode == FsMode::Full ? u"No space left on device"_qs : u"Read-only file system"_qs;
}

void TestClientStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid() && m_faults.isValid());
}

void TestClientStorage::cleanup()
{
    QVERIFY(m_faults.off());
    m_dir.reset();
}

// Points the injector at this test's folder, in `mode`; the fault is still off.
void TestClientStorage::arm(FsMode mode)
{
    for (const auto &[name, value] : m_faults.environment(m_dir->path(), mode)) {
        if (name.startsWith(u"BILLING_FAULT_FS_"))
            qputenv(name.toLatin1().constData(), value.toUtf8());
    }
}

void TestClientStorage::journalKeepsItsLastVersion()
{
    QFETCH(FsMode, mode);
    arm(mode);
    ChangeJournal journal(m_dir->path(), QUrl(u"https://billing.example.com"_qs), u"demo"_qs);
    JournalContents contents;
    contents.entries = stagedFor(syntheticWorkspaces(3));
    QString error;
    QVERIFY2(journal.save(contents, &error), qPrintable(error));
    const QByteArray before = readAll(journal.filePath());
    const QStringList files = filesIn(m_dir->path());

    QVERIFY(m_faults.on());
    contents.entries = stagedFor(syntheticWorkspaces(500));
    QVERIFY(!journal.save(contents, &error));
    QVERIFY2(error.contains(journal.filePath()) && error.contains(causeFor(mode)),
             qPrintable(error));
    QVERIFY(m_faults.off());
    QCOMPARE(readAll(journal.filePath()), before);
    QCOMPARE(filesIn(m_dir->path()), files);
    QCOMPARE(journal.load(&error)->entries.size(), 3);
}

void TestClientStorage::applySendsNothingWithoutAJournal()
{
    QFETCH(FsMode, mode);
    arm(mode);
    // Anything sent would show up here (the upstream does not exist).
    FaultInjectingServer network(QUrl(u"http://127.0.0.1:1"_qs));
    QNetworkAccessManager manager;
    BillingClient client(&manager, network.url());
    client.setSession(SessionInfo{u"token"_qs, {}, {}});
    ChangeJournal journal(m_dir->path(), network.url(), u"demo"_qs);
    StagedChanges staged;
    BulkApplyEngine engine(client, staged, &journal);
    QSignalSpy journalErrors(&engine, &BulkApplyEngine::journalError);
    staged.put(flipAll(syntheticWorkspaces(40))); // no no-ops: all 40 would be sent
    QVERIFY(engine.saveJournal());
    const QByteArray before = readAll(journal.filePath());

    QVERIFY(m_faults.on());
    QSignalSpy finished(&engine, &BulkApplyEngine::finished);
    engine.apply();
    QVERIFY(!finished.isEmpty() || finished.wait(10000));
    QVERIFY(m_faults.off());
    QVERIFY(network.seen().isEmpty());
    const BulkApplyEngine::Summary summary = engine.summary();
    QVERIFY(summary.error.isError());
    QCOMPARE(summary.applied, 0);
    QVERIFY(!journalErrors.isEmpty());
    const QString message = journalErrors.first().first().toString();
    QVERIFY2(message.contains(causeFor(mode)), qPrintable(message));
    QCOMPARE(staged.count(StagedState::Staged), 40); // nothing lost, nothing "applying"
    QVERIFY(engine.unconfirmedChunks().isEmpty());
    QCOMPARE(readAll(journal.filePath()), before);
    QVERIFY(engine.saveJournal());
    QString error;
    QCOMPARE(journal.load(&error)->entries.size(), 40);
}

void TestClientStorage::cacheKeepsItsLastVersion()
{
    QFETCH(FsMode, mode);
    arm(mode);
    WorkspaceCache cache(m_dir->path(), QUrl(u"https://billing.example.com"_qs), u"demo"_qs);
    QString error;
    QVERIFY2(cache.save(syntheticWorkspaces(5), fixedNow(), &error), qPrintable(error));
    const QByteArray before = readAll(cache.filePath());
    const QStringList files = filesIn(m_dir->path());

    QVERIFY(m_faults.on());
    QVERIFY(!cache.save(syntheticWorkspaces(2000), fixedNow().addSecs(60), &error));
    QVERIFY2(!error.isEmpty(), "no message for the user");
    QVERIFY(m_faults.off());
    QCOMPARE(readAll(cache.filePath()), before);
    QCOMPARE(filesIn(m_dir->path()), files);
    const auto loaded = cache.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->workspaces.size(), 5);
}

void TestClientStorage::exportKeepsTheOldFile()
{
    QFETCH(FsMode, mode);
    arm(mode);
    for (const ExportFormat format : {ExportFormat::Json, ExportFormat::Csv}) {
        const QString path = m_dir->filePath(u"export."_qs + toWire(format));
        ExportDocument document{QUrl(u"https://billing.example.com"_qs), u"demo"_qs, fixedNow(),
                                syntheticWorkspaces(3)};
        QString error;
        QVERIFY2(writeExport(path, format, document, &error), qPrintable(error));
        const QByteArray before = readAll(path);
        const QStringList files = filesIn(m_dir->path());

        QVERIFY(m_faults.on());
        document.workspaces = syntheticWorkspaces(3000);
        QVERIFY(!writeExport(path, format, document, &error));
        QVERIFY(m_faults.off());
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QCOMPARE(readAll(path), before);
        QCOMPARE(filesIn(m_dir->path()), files);
    }
}

int main(int argc, char *argv[])
{
    // The injector has to be in place before the first write: start again with it preloaded.
    if (!qEnvironmentVariable("LD_PRELOAD").contains(FsFaultInjector::libraryPath())) {
        FsFaultInjector injector;
        for (const auto &[name, value] : injector.environment(QDir::tempPath(), FsMode::Full)) {
            if (name == u"LD_PRELOAD" || name == u"ASAN_OPTIONS")
                qputenv(name.toLatin1().constData(), value.toUtf8());
        }
        ::execv("/proc/self/exe", argv);
        return 127;
    }
    QCoreApplication app(argc, argv);
    TestClientStorage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_client_storage.moc"
