// `--db` (issue 22): a file is SQLite, a postgresql:// URL PostgreSQL; a password in the URL,
// a URL without host or database, and unknown parameters are refused with the reason.
#include "DatabaseLocation.h"

#include <QTest>

using namespace billing::server;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileIsSqlite();
    void urlIsPostgres_data();
    void urlIsPostgres();
    void refused_data();
    void refused();
};

void TestDatabaseLocation::fileIsSqlite()
{
    QString error;
    const auto location =
        DatabaseLocation::parse(QStringLiteral("/var/lib/billing/center.db"), &error);
    QVERIFY2(location, qPrintable(error));
    QVERIFY(!location->isPostgres());
    QCOMPARE(location->path, u"/var/lib/billing/center.db"_qs);
    QCOMPARE(location->display(), u"/var/lib/billing/center.db"_qs);
}

void TestDatabaseLocation::urlIsPostgres_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("display");
    QTest::newRow("full") << u"postgresql://billing@db.internal:6432/center"_qs << u"billing"_qs
                          << u"db.internal"_qs << 6432 << u"center"_qs << QStringList{}
                          << u"postgresql://billing@db.internal:6432/center"_qs;
    QTest::newRow("default port, short scheme")
        << u"postgres://billing@127.0.0.1/center"_qs << u"billing"_qs << u"127.0.0.1"_qs << 5432
        << u"center"_qs << QStringList{} << u"postgresql://billing@127.0.0.1:5432/center"_qs;
    QTest::newRow("no user") << u"postgresql://db/center"_qs << QString() << u"db"_qs << 5432
                             << u"center"_qs << QStringList{} << u"postgresql://db:5432/center"_qs;
    QTest::newRow("tls") << u"postgresql://b@db/c?sslmode=verify-full&sslrootcert=/etc/ca.pem"_qs
                         << u"b"_qs << u"db"_qs << 5432 << u"c"_qs
                         << QStringList{u"sslmode=verify-full"_qs, u"sslrootcert=/etc/ca.pem"_qs}
                         << u"postgresql://b@db:5432/c"_qs;
}

void TestDatabaseLocation::urlIsPostgres()
{
    QFETCH(QString, url);
    QString error;
    const auto location = DatabaseLocation::parse(url, &error);
    QVERIFY2(location, qPrintable(error));
    QVERIFY(location->isPostgres());
    QTEST(location->user, "user");
    QTEST(location->host, "host");
    QTEST(location->port, "port");
    QTEST(location->database, "database");
    QTEST(location->connectOptions, "options");
    QTEST(location->display(), "display");
}

void TestDatabaseLocation::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << u"  "_qs << u"must not be empty"_qs;
    QTest::newRow("password") << u"postgresql://billing:s3cret@db/center"_qs
                              << u"PGPASSWORD or a pgpass file"_qs;
    QTest::newRow("no host") << u"postgresql:///center"_qs << u"names no host"_qs;
    QTest::newRow("no database") << u"postgresql://billing@db:5432"_qs << u"names no database"_qs;
    QTest::newRow("unknown parameter")
        << u"postgresql://b@db/c?password=x"_qs << u"unknown connection parameter \"password\""_qs;
    QTest::newRow("other engine") << u"mysql://b@db/c"_qs
                                  << u"\"mysql://\" is neither a file nor a postgresql:// URL"_qs;
}

void TestDatabaseLocation::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!DatabaseLocation::parse(text, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(!error.contains(u"s3cret"), qPrintable(error)); // never echoes a password
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_database_location.moc"
