// billing-center on a read-only or full data folder (fs_fault_injector, LD_PRELOAD: no root
// and no small file system needed). At start-up it refuses with a clear sentence and exit
// code 2. When the disk fills up or the folder turns read-only while it runs, a write is
// answered with the contract's 500 "internal" error, nothing of the batch is applied, reads
// go on, and the same request (same Idempotency-Key) succeeds once the space is back. Reads
// never write: a lock countdown that ends while the disk is full does not fail them, nor does
// a first look at the wallet.
#include "FaultFixtures.h"
#include "FsFaultInjector.h"
#include "ReplyChecks.h"

#include <QJsonArray>

using namespace billing;
using namespace billing::test;
using FsMode = FsFaultInjector::Mode;
Q_DECLARE_METATYPE(billing::test::FsFaultInjector::Mode)

namespace {
constexpr int kWorkspaces = 40;

TestServer::Options storageOptions(const QString &folder, const FsFaultInjector &faults,
                                   FsMode mode)
{
    TestServer::Options options = demoServerOptions(kWorkspaces);
    // After TestServer's own --db and --mail-dir: the last value of an option counts.
    options.extraArgs << QStringLiteral("--db") << folder + QStringLiteral("/db.sqlite")
                      << QStringLiteral("--mail-dir") << folder + QStringLiteral("/mail");
    options.environment = faults.environment(folder, mode);
    return options;
}
} // namespace

class TestServerStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesToStart_data();
    void refusesToStart();
    void faultWhileRunning_data();
    void faultWhileRunning();
    void readsGoOnWhenALockFallsDueOnAFullDisk();
};

void TestServerStorage::refusesToStart_data()
{
    QTest::addColumn<FsMode>("mode");
    QTest::addColumn<bool>("existingDatabase");
    QTest::newRow("read-only, new database") << FsMode::ReadOnly << false;
    QTest::newRow("read-only, existing database") << FsMode::ReadOnly << true;
    QTest::newRow("full, new database") << FsMode::Full << false;
    QTest::newRow("full, existing database") << FsMode::Full << true;
}

void TestServerStorage::refusesToStart()
{
    QFETCH(FsMode, mode);
    QFETCH(bool, existingDatabase);
    QTemporaryDir folder;
    FsFaultInjector faults;
    QVERIFY(folder.isValid() && faults.isValid());
    QVERIFY(QDir().mkpath(folder.filePath(u"mail"_qs)));
    TestServer server(storageOptions(folder.path(), faults, mode));
    if (existingDatabase) {
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY2(server.stop(), qPrintable(server.errorString()));
    }
    const QByteArray before = [&] {
        QFile db(folder.filePath(u"db.sqlite"_qs));
        return db.open(QIODevice::ReadOnly) ? db.readAll() : QByteArray();
    }();
    QVERIFY(faults.on());
    QVERIFY(!server.start());
    QVERIFY2(server.errorString().contains(u"before listening"_qs),
             qPrintable(server.errorString()));
    QVERIFY2(server.errorString().contains(u"code 2"_qs), qPrintable(server.errorString()));
    const QString expected =
        u"billing-center: cannot open the database "_qs + folder.filePath(u"db.sqlite"_qs);
    QVERIFY2(server.log().contains(expected), qPrintable(server.log()));
    QVERIFY(faults.off());
    QFile db(folder.filePath(u"db.sqlite"_qs));
    QVERIFY(!db.exists() || db.open(QIODevice::ReadOnly));
    QCOMPARE(db.exists() ? db.readAll() : QByteArray(), before); // the data is untouched
}

void TestServerStorage::faultWhileRunning_data()
{
    QTest::addColumn<FsMode>("mode");
    QTest::newRow("disk fills up") << FsMode::Full;
    QTest::newRow("folder turns read-only") << FsMode::ReadOnly;
}

void TestServerStorage::faultWhileRunning()
{
    QFETCH(FsMode, mode);
    QTemporaryDir folder;
    FsFaultInjector faults;
    QVERIFY(folder.isValid() && faults.isValid());
    QVERIFY(QDir().mkpath(folder.filePath(u"mail"_qs)));
    TestServer server(storageOptions(folder.path(), faults, mode));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient http(server.baseUrl());
    const Session session = login(http, kDemoUser, kDemoPassword);
    QVERIFY2(session.ok(), qPrintable(session.error));
    http.setToken(session.token);
    QString error;
    const QJsonArray before = listAll(http, u"/api/v1/workspaces"_qs, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(before.size(), kWorkspaces);

    QJsonArray changes;
    QHash<QString, qint64> versions;
    for (const QJsonValue &value : before) {
        const QJsonObject ws = value.toObject();
        const QString id = ws.value(u"id").toString();
        versions.insert(id, ws.value(u"version").toInteger());
        const bool billingCenter =
            ws.value(u"settlement").toObject().value(u"method").toString() == u"billing_center";
        QJsonObject change{{u"workspaceId"_qs, id},
                           {u"method"_qs, billingCenter ? u"azure"_qs : u"billing_center"_qs},
                           {u"expectedVersion"_qs, versions.value(id)}};
        if (billingCenter) // the demo account's claimed Azure subscription
            change.insert(u"subscriptionId"_qs, u"de300000-0000-4000-8000-00000000c001"_qs);
        changes.append(change);
    }
    const QJsonObject body{{u"changes"_qs, changes}};
    const HeaderList key{{"Idempotency-Key", "storage-fault-1"}};

    QVERIFY(faults.on());
    const HttpReply refused = http.post(u"/api/v1/settlement-changes"_qs, body, key);
    QCOMPARE(refused.status, 500);
    QCOMPARE(refused.error().value(u"code").toString(), u"internal"_qs);
    QVERIFY(server.isRunning());
    // Reads go on, and show nothing of the refused batch.
    const QJsonArray during = listAll(http, u"/api/v1/workspaces"_qs, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QJsonValue &value : during) {
        const QJsonObject ws = value.toObject();
        QCOMPARE(ws.value(u"version").toInteger(), versions.value(ws.value(u"id").toString()));
    }

    QVERIFY(faults.off());
    const HttpReply applied = http.post(u"/api/v1/settlement-changes"_qs, body, key);
    QCOMPARE(applied.status, 200);
    const QJsonArray results = applied.object().value(u"results").toArray();
    QCOMPARE(results.size(), kWorkspaces);
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        QCOMPARE(result.value(u"status").toString(), u"applied"_qs);
        const QJsonObject ws = result.value(u"workspace").toObject();
        QCOMPARE(ws.value(u"version").toInteger(), versions.value(ws.value(u"id").toString()) + 1);
    }
    QVERIFY2(server.stop(), qPrintable(server.errorString()));
    QCOMPARE(integrityCheck(folder.filePath(u"db.sqlite"_qs)), u"ok"_qs);
}

void TestServerStorage::readsGoOnWhenALockFallsDueOnAFullDisk()
{
    QTemporaryDir folder;
    FsFaultInjector faults;
    QVERIFY(folder.isValid() && faults.isValid());
    QVERIFY(QDir().mkpath(folder.filePath(u"mail"_qs)));
    TestServer::Options options;
    options.extraArgs << QStringLiteral("--db") << folder.filePath(u"db.sqlite"_qs)
                      << QStringLiteral("--mail-dir") << folder.filePath(u"mail"_qs);
    options.environment = faults.environment(folder.path(), FsMode::Full);
    TestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient http(server.baseUrl());
    const Session session = registerAccount(http, uniqueName(u"full"_qs));
    QVERIFY2(session.ok(), qPrintable(session.error));
    QString error;
    const QString uid = uniqueUid();
    const QString instanceId =
        createSandboxInstance(http, uid, &error).value(u"instanceId").toString();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    HttpClient owner(server.baseUrl(), session.token);
    const QString id = createWorkspace(owner,
                                       workspaceBody(u"due"_qs, u"cn1"_qs,
                                                     settlementBody(u"aliyun"_qs, uid, instanceId)),
                                       &error)
                           .value(u"id")
                           .toString();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    sandboxInstanceAction(http, instanceId, u"expire"_qs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject pending = getWorkspace(owner, id, &error);
    QCOMPARE(pending.value(u"status").toString(), u"lock_pending"_qs);
    const QDateTime lockAt = utc(pending.value(u"lockAt").toString().toLatin1().constData());
    QVERIFY(lockAt.isValid());

    // A session that outlives the countdown's end (sessions last 12 hours).
    VERIFY_STATUS(setClock(http, lockAt.addSecs(-60)), 200);
    const Session fresh = login(http, session.username, session.password);
    QVERIFY2(fresh.ok(), qPrintable(fresh.error));
    owner.setToken(fresh.token);

    QVERIFY(faults.on());
    VERIFY_STATUS(setClock(http, lockAt.addSecs(60)), 200);
    VERIFY_STATUS(owner.get(u"/api/v1/workspaces"_qs), 200);
    VERIFY_STATUS(owner.get(u"/api/v1/workspaces/"_qs + id), 200);
    VERIFY_STATUS(owner.get(u"/api/v1/workspaces/"_qs + id + u"/history"_qs), 200);
    VERIFY_STATUS(owner.get(u"/api/v1/audit"_qs), 200);
    // A wallet not created yet reads as empty, creating nothing.
    VERIFY_STATUS(owner.get(u"/api/v1/account/wallet"_qs), 200);
    VERIFY_STATUS(owner.get(u"/api/v1/account/ledger"_qs), 200);
    const HttpReply refused =
        owner.post(u"/api/v1/workspaces"_qs, workspaceBody(u"refused"_qs, u"cn1"_qs));
    QCOMPARE(refused.status, 500);
    QCOMPARE(refused.error().value(u"code").toString(), u"internal"_qs);

    // Once there is space again the countdown's end is applied within seconds, with its event.
    QVERIFY(faults.off());
    QTRY_COMPARE_WITH_TIMEOUT(getWorkspace(owner, id, &error).value(u"status").toString(),
                              u"locked"_qs, 10000);
    const QJsonArray events =
        listAll(owner, u"/api/v1/workspaces/"_qs + id + u"/history"_qs, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject newest = events.first().toObject();
    QCOMPARE(newest.value(u"event").toString(), u"locked"_qs);
    QCOMPARE(newest.value(u"reason").toString(), u"lock_due"_qs);
    QVERIFY2(server.stop(), qPrintable(server.errorString()));
    QCOMPARE(integrityCheck(folder.filePath(u"db.sqlite"_qs)), u"ok"_qs);
}

QTEST_GUILESS_MAIN(TestServerStorage)
#include "tst_server_storage.moc"
