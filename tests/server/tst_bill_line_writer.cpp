// BillLineWriter on a real SQLite file and on the suite's PostgreSQL: lines written 100 rows a
// statement and the rest one a statement land whole and in the order added; what a failed
// transaction left unwritten is dropped, not written with the next chunk.
#include "BillLineWriter.h"
#include "DatabaseLocation.h"
#include "PostgresDatabase.h"
#include "PostgresTestDatabase.h"
#include "SqliteDatabase.h"
#include "Transactional.h"

#include <QTemporaryDir>
#include <QTest>

using namespace billing::server;
using billing::test::PostgresTestDatabase;

class TestBillLineWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesLandWholeAndInOrder_data();
    void linesLandWholeAndInOrder();
    void discardDropsWhatARolledBackChunkLeft_data() { engines(); }
    void discardDropsWhatARolledBackChunkLeft();

private:
    static void engines();
    std::unique_ptr<Database> open(bool postgres);
    static BillLineWriter::Line line(int number);
    static QStringList stored(const Database &db);

    QTemporaryDir m_dir;
    PostgresTestDatabase m_postgres;
    int m_files = 0;
};

void TestBillLineWriter::engines()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

std::unique_ptr<Database> TestBillLineWriter::open(bool postgres)
{
    QString error;
    if (!postgres) {
        auto db = std::make_unique<SqliteDatabase>();
        if (!db->open(m_dir.filePath(QStringLiteral("lines-%1.db").arg(++m_files)), &error))
            qFatal("%s", qPrintable(error));
        return db;
    }
    if (m_postgres.url().isEmpty() && !m_postgres.create(&error))
        qFatal("%s", qPrintable(error));
    const auto location = DatabaseLocation::parse(m_postgres.url(), &error);
    auto db = std::make_unique<PostgresDatabase>();
    if (!location || !db->open(*location, &error))
        qFatal("%s", qPrintable(error));
    SqlStatement(db->handle(), QStringLiteral("DELETE FROM bill_lines")).exec();
    return db;
}

BillLineWriter::Line TestBillLineWriter::line(int number)
{
    return {QStringLiteral("acc_1"),
            QStringLiteral("2026-12-04"),
            number,
            QStringLiteral("ws_%1").arg(number),
            QStringLiteral("workspace %1").arg(number),
            QStringLiteral("cn1"),
            QStringLiteral("log_ingest"),
            number * 10,
            1,
            2500,
            QStringLiteral("CNY"),
            number,
            QStringLiteral("billing_center"),
            QString(),
            QStringLiteral("charged")};
}

// "workspace_seq:workspace_id:amount_cents" of each stored line, in the order written.
QStringList TestBillLineWriter::stored(const Database &db)
{
    SqlStatement rows(db.handle(), QStringLiteral("SELECT workspace_seq, workspace_id, "
                                                  "amount_cents, payer_instance FROM bill_lines "
                                                  "ORDER BY seq"));
    rows.exec();
    QStringList found;
    while (rows.next())
        found << QStringLiteral("%1:%2:%3:%4")
                     .arg(rows.integer(0))
                     .arg(rows.text(1))
                     .arg(rows.integer(2))
                     .arg(rows.text(3));
    return found;
}

void TestBillLineWriter::linesLandWholeAndInOrder_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<int>("lines");
    for (const bool postgres : {false, true}) {
        const char *engine = postgres ? "postgresql" : "sqlite";
        for (const int lines : {1, 99, 100, 101, 250}) // around one statement's rows
            QTest::addRow("%s, %d lines", engine, lines) << postgres << lines;
    }
}

void TestBillLineWriter::linesLandWholeAndInOrder()
{
    QFETCH(bool, postgres);
    QFETCH(int, lines);
    const std::unique_ptr<Database> db = open(postgres);
    BillLineWriter writer(db->handle());
    QStringList expected;
    TransactionGuard transaction(*db);
    for (int i = 1; i <= lines; ++i) {
        writer.add(line(i));
        expected << QStringLiteral("%1:ws_%1:%1:").arg(i);
    }
    writer.flush();
    transaction.commit();
    QCOMPARE(stored(*db), expected);
}

void TestBillLineWriter::discardDropsWhatARolledBackChunkLeft()
{
    QFETCH(bool, postgres);
    const std::unique_ptr<Database> db = open(postgres);
    BillLineWriter writer(db->handle());
    {
        TransactionGuard failed(*db);
        for (int i = 1; i <= 150; ++i)
            writer.add(line(i)); // 100 written, 50 waiting, then the chunk fails
    }                            // rolled back
    writer.discard();
    TransactionGuard transaction(*db);
    writer.add(line(1000));
    writer.flush();
    transaction.commit();
    QCOMPARE(stored(*db), QStringList{QStringLiteral("1000:ws_1000:1000:")});
}

QTEST_GUILESS_MAIN(TestBillLineWriter)
#include "tst_bill_line_writer.moc"
