// SqliteDatabase keeps a statement's journal in memory (SQLITE_CONFIG_STMTJRNL_SPILL): SQLite
// otherwise moves it to a temporary file once one statement has saved 64 KiB of pages, and
// every later statement of the transaction then writes its pages there (issue 20: a quarter
// of a settlement batch's time). A statement that fails halfway is still undone from it.
#include "SqlStatement.h"
#include "SqliteDatabase.h"
#include "StorageError.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace billing::server;

namespace {
constexpr int kRows = 1000;

// SQLite's temporary files ("etilqs_…", deleted at once) this process holds open.
int openTemporaryFiles()
{
    int found = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd :
         fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        if (QFile::symLinkTarget(fds.filePath(fd)).contains(QLatin1String("etilqs_")))
            ++found;
    }
    return found;
}
} // namespace

class TestSqliteStatementJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void largeStatementKeepsItsJournalInMemory();
    void statementFailingHalfwayIsUndone();

private:
    QStringList texts();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteDatabase> m_db;
};

void TestSqliteStatementJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<SqliteDatabase>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("test.db")), &error), qPrintable(error));
    // NOT NULL and UNIQUE make any statement that writes several rows keep a journal.
    SqlStatement(m_db->handle(), QStringLiteral("CREATE TABLE t (k INTEGER PRIMARY KEY, "
                                                "text TEXT NOT NULL, n INTEGER UNIQUE)"))
        .exec();
    SqlStatement insert(m_db->handle(), QStringLiteral("INSERT INTO t (text, n) VALUES (?, ?)"));
    m_db->begin();
    for (int i = 1; i <= kRows; ++i)
        insert.bind(0, QString(500, QChar(u'a' + i % 26))).bind(1, i).exec();
    m_db->commit();
}

void TestSqliteStatementJournal::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QStringList TestSqliteStatementJournal::texts()
{
    SqlStatement read(m_db->handle(), QStringLiteral("SELECT text FROM t ORDER BY k"));
    read.exec();
    QStringList all;
    while (read.next())
        all.append(read.text(0));
    return all;
}

void TestSqliteStatementJournal::largeStatementKeepsItsJournalInMemory()
{
    QCOMPARE(openTemporaryFiles(), 0);
    m_db->begin();
    // 1 000 rows of 500 bytes: the statement saves some 130 pages (over 500 KiB).
    SqlStatement(m_db->handle(), QStringLiteral("UPDATE t SET text = upper(text)")).exec();
    QCOMPARE(openTemporaryFiles(), 0); // the journal lives until the transaction ends
    m_db->commit();
    QCOMPARE(texts().constFirst(), QString(500, u'B'));
}

void TestSqliteStatementJournal::statementFailingHalfwayIsUndone()
{
    const QStringList before = texts();
    m_db->begin();
    // Row 900 takes row 1's n: the UNIQUE check fails after 899 rows were changed.
    SqlStatement failing(m_db->handle(), QStringLiteral("UPDATE t SET text = upper(text), "
                                                        "n = CASE WHEN k = 900 THEN 1 ELSE n END"));
    QVERIFY_THROWS_EXCEPTION(StorageError, failing.exec());
    QCOMPARE(openTemporaryFiles(), 0);
    // The transaction goes on without the failed statement's changes.
    SqlStatement(m_db->handle(), QStringLiteral("UPDATE t SET n = -1 WHERE k = 1")).exec();
    m_db->commit();
    QCOMPARE(texts(), before);
    SqlStatement first(m_db->handle(), QStringLiteral("SELECT n FROM t WHERE k = 1"));
    first.exec();
    QVERIFY(first.next());
    QCOMPARE(first.integer(0), -1);
}

QTEST_GUILESS_MAIN(TestSqliteStatementJournal)
#include "tst_sqlite_statement_journal.moc"
