// WalCheckpointer: the server's commits no longer copy the write-ahead log back into the
// database; that happens once the server is idle, or at once when the log grows too long.
#include "SqlStatement.h"
#include "SqliteDatabase.h"
#include "WalCheckpointer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace billing::server;

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void checkpointsOnceIdle();
    void busyServerWaitsForAPause();
    void longLogIsCheckpointedInTheCommit();

private:
    void write(int rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteDatabase> m_db;
};

void TestWalCheckpointer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<SqliteDatabase>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("test.db")), &error), qPrintable(error));
    SqlStatement(m_db->handle(), QStringLiteral("CREATE TABLE t (x TEXT)")).exec();
}

void TestWalCheckpointer::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestWalCheckpointer::write(int rows)
{
    SqlStatement insert(m_db->handle(), QStringLiteral("INSERT INTO t VALUES (?)"));
    m_db->begin();
    for (int i = 0; i < rows; ++i)
        insert.bind(0, QString(500, QChar(u'a' + i % 26))).exec();
    m_db->commit();
}

void TestWalCheckpointer::checkpointsOnceIdle()
{
    WalCheckpointer checkpointer(m_db->handle());
    QSignalSpy checkpoints(&checkpointer, &WalCheckpointer::checkpointed);
    write(200);
    QCOMPARE(checkpoints.count(), 0); // not in the commit
    QTRY_COMPARE(checkpoints.count(), 1);
    const int copied = checkpoints.first().at(0).toInt();
    const int logPages = checkpoints.first().at(1).toInt();
    QVERIFY(logPages > 20);
    QCOMPARE(copied, logPages); // the whole log: no reader held it back
}

void TestWalCheckpointer::busyServerWaitsForAPause()
{
    // Writes every 100 ms for longer than the idle time: each commit restarts the wait. The
    // 6x margin keeps a loaded machine from making a pause look idle.
    constexpr int kIdleMs = 600;
    WalCheckpointer checkpointer(m_db->handle(), kIdleMs);
    QSignalSpy checkpoints(&checkpointer, &WalCheckpointer::checkpointed);
    for (int i = 0; i < 10; ++i) {
        write(10);
        QTest::qWait(kIdleMs / 6);
    }
    QCOMPARE(checkpoints.count(), 0);
    QTRY_COMPARE(checkpoints.count(), 1);
}

void TestWalCheckpointer::longLogIsCheckpointedInTheCommit()
{
    WalCheckpointer checkpointer(m_db->handle(), WalCheckpointer::kIdleMs, 8);
    QSignalSpy checkpoints(&checkpointer, &WalCheckpointer::checkpointed);
    write(200); // far more than 8 pages
    QCOMPARE(checkpoints.count(), 1);
    QVERIFY(checkpoints.first().at(1).toInt() >= 8);
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
