#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <csignal>
#include <memory>

namespace billing::test {

class PostgresTestDatabase;
class ThrowawayCa;

// The real billing-center executable, started on a free loopback port with its own database,
// mail directory and log file in a temporary directory that outlives restarts. The database is
// a SQLite file there, or with BILLING_TEST_ENGINE=postgresql in the environment a database of
// its own on the suite's PostgreSQL (PostgresTestDatabase), kept as long as this object.
class TestServer
{
public:
    struct Options {
        bool sandbox = true;
        QByteArray spiKey = QByteArrayLiteral("test-spi-key"); // empty: no --spi-key
        QStringList extraArgs;
        QList<QPair<QString, QString>> environment; // added to the inherited environment
        bool tls = false; // serve HTTPS with a certificate of a throwaway CA (caPath())
        // Until the "listening" line: Argon2 and SQLite set-up on a loaded 2-core box. A
        // server seeding 100 000 demo workspaces with their history needs more.
        int startTimeoutMs = 60000;
        // postgresql://…: serve from this database, which the caller keeps (ServerGroup: several
        // processes on one database), instead of one of its own; with secretFile, which every
        // process sharing the database must read.
        QString sharedDatabaseUrl = {};
        QString secretFile = {};
    };

    TestServer();
    explicit TestServer(Options options);
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // BILLING_CENTER_BIN from the environment, else the path compiled in by CMake.
    static QString binaryPath();
    // BILLING_TEST_ENGINE=postgresql: every TestServer serves from PostgreSQL.
    static bool onPostgres();

    // Each returns false with errorString() set (the server's log included) on failure.
    bool start();
    bool stop(int signal = SIGTERM); // signal, wait, require a normal exit with code 0
    bool kill();                     // SIGKILL, no checks
    // SIGSTOP: connections are accepted by the kernel but nothing answers until resume().
    bool pause();
    bool resume();  // SIGCONT
    bool restart(); // stop() then start() on the same database

    bool isRunning() const;
    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    QUrl baseUrl() const { return m_baseUrl; }
    QString dir() const { return m_dir ? m_dir->path() : QString(); } // created by start()
    QString dbPath() const;     // the SQLite file; unused on PostgreSQL
    QString secretPath() const; // the server's 32-byte secret
    // A new connection `name` to the server's database (QSQLITE or QPSQL), opened; check
    // isOpen(). Drop every handle, then QSqlDatabase::removeDatabase(name).
    QSqlDatabase openDatabaseConnection(const QString &name) const;
    QString mailDir() const;
    QString logPath() const;
    QString caPath() const; // the throwaway CA's PEM certificate; with Options::tls only
    QString log() const;    // everything the server wrote on stderr, all runs
    QByteArray standardOutput() const { return m_stdout; } // stdout of the current/last run
    QByteArray spiKey() const { return m_options.spiKey; }
    QStringList arguments() const;
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &what);
    bool sendSignal(int signal, const char *what);
    void drainStdout();
    bool ensureTlsFiles();
    bool ensureDatabase();       // on PostgreSQL: its own database, made on the first start()
    QString postgresUrl() const; // empty on SQLite

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir; // outlives restarts; created on the first start()
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<ThrowawayCa> m_ca;                // made on the first start with Options::tls
    std::unique_ptr<PostgresTestDatabase> m_postgres; // created on the first start()
    QUrl m_baseUrl;
    QByteArray m_stdout;
    QString m_error;
};

} // namespace billing::test
