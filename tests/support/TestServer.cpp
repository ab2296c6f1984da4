#include "TestServer.h"

#include "PostgresTestDatabase.h"
#include "ThrowawayCa.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <signal.h>
#include <sys/prctl.h>

#include <utility>

namespace billing::test {
namespace {
constexpr int kStopTimeoutMs = 30000;
constexpr qsizetype kLogTail = 6000;
} // namespace

TestServer::TestServer()
    : TestServer(Options{})
{}

TestServer::TestServer(Options options)
    : m_options(std::move(options))
{}

TestServer::~TestServer()
{
    if (isRunning())
        kill();
}

QString TestServer::binaryPath()
{
    const QString fromEnv = qEnvironmentVariable("BILLING_CENTER_BIN");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef BILLING_CENTER_BIN
    return QStringLiteral(BILLING_CENTER_BIN);
#else
    return {};
#endif
}

bool TestServer::onPostgres()
{
    return qEnvironmentVariable("BILLING_TEST_ENGINE") == QLatin1String("postgresql");
}

QString TestServer::dbPath() const
{
    return dir() + QStringLiteral("/db.sqlite");
}

QString TestServer::secretPath() const
{
    if (!m_options.secretFile.isEmpty())
        return m_options.secretFile;
    return onPostgres() ? dir() + QStringLiteral("/secret") : dbPath() + QStringLiteral(".secret");
}

QSqlDatabase TestServer::openDatabaseConnection(const QString &name) const
{
    QSqlDatabase db;
    if (!postgresUrl().isEmpty()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        PostgresTestDatabase::configure(db, postgresUrl());
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath());
        // The server may hold the write lock for a moment (WAL: readers are not blocked).
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    db.open();
    return db;
}

QString TestServer::postgresUrl() const
{
    if (!m_options.sharedDatabaseUrl.isEmpty())
        return m_options.sharedDatabaseUrl;
    return m_postgres ? m_postgres->url() : QString();
}

bool TestServer::ensureDatabase()
{
    if (!onPostgres() || m_postgres || !m_options.sharedDatabaseUrl.isEmpty())
        return true;
    auto database = std::make_unique<PostgresTestDatabase>();
    QString error;
    if (!database->create(&error))
        return fail(QStringLiteral("cannot create the PostgreSQL database: %1").arg(error));
    m_postgres = std::move(database);
    return true;
}

QString TestServer::mailDir() const
{
    return dir() + QStringLiteral("/mail");
}

QString TestServer::logPath() const
{
    return dir() + QStringLiteral("/server.log");
}

QString TestServer::log() const
{
    QFile file(logPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString TestServer::caPath() const
{
    return m_ca ? m_ca->caPath() : QString();
}

bool TestServer::ensureTlsFiles()
{
    if (!m_options.tls || m_ca)
        return true;
    auto ca = std::make_unique<ThrowawayCa>();
    QString error;
    if (!ca->create(dir(), &error))
        return fail(QStringLiteral("cannot make the throwaway CA: %1").arg(error));
    m_ca = std::move(ca);
    return true;
}

QStringList TestServer::arguments() const
{
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    if (!postgresUrl().isEmpty()) {
        args << QStringLiteral("--db") << postgresUrl() << QStringLiteral("--secret-file")
             << secretPath();
    } else {
        args << QStringLiteral("--db") << dbPath();
    }
    args << QStringLiteral("--mail-dir") << mailDir();
    if (!m_options.spiKey.isEmpty())
        args << QStringLiteral("--spi-key") << QString::fromUtf8(m_options.spiKey);
    if (m_options.sandbox)
        args << QStringLiteral("--sandbox");
    if (m_options.tls && m_ca) {
        args << QStringLiteral("--tls-cert") << m_ca->certificatePath()
             << QStringLiteral("--tls-key") << m_ca->keyPath();
    }
    args << m_options.extraArgs;
    return args;
}

bool TestServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool TestServer::fail(const QString &what)
{
    QString tail = log();
    if (tail.size() > kLogTail)
        tail = QStringLiteral("…") + tail.right(kLogTail);
    m_error =
        QStringLiteral("%1\n  binary: %2\n  args: %3\n  stdout: %4\n  server log:\n%5")
            .arg(what, binaryPath(), arguments().join(u' '), QString::fromUtf8(m_stdout), tail);
    return false;
}

void TestServer::drainStdout()
{
    if (m_process)
        m_stdout += m_process->readAllStandardOutput();
}

bool TestServer::start()
{
    m_error.clear();
    if (isRunning())
        return fail(QStringLiteral("start(): the server is already running"));
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return fail(QStringLiteral("cannot create a temporary directory"));
    const QString program = binaryPath();
    if (program.isEmpty() || !QFileInfo(program).isExecutable())
        return fail(QStringLiteral("billing-center binary not found or not executable"));
    QDir().mkpath(mailDir());
    if (!ensureTlsFiles() || !ensureDatabase())
        return false;

    m_process = std::make_unique<QProcess>();
    m_stdout.clear();
    m_baseUrl.clear();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BILLING_CENTER_SPI_KEY"));
    for (const auto &[name, value] : m_options.environment)
        env.insert(name, value);
    m_process->setProcessEnvironment(env);
    m_process->setProgram(program);
    m_process->setArguments(arguments());
    m_process->setStandardErrorFile(logPath(), QIODevice::Append);
    // Never leave a server behind when the test process dies.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start(QIODevice::ReadOnly);
    if (!m_process->waitForStarted(m_options.startTimeoutMs))
        return fail(QStringLiteral("could not start: %1").arg(m_process->errorString()));

    static const QRegularExpression listening(QStringLiteral(R"(^listening (https?://\S+)$)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < m_options.startTimeoutMs) {
        while (m_process->canReadLine()) {
            const QByteArray line = m_process->readLine();
            m_stdout += line;
            const auto match = listening.match(QString::fromUtf8(line).trimmed());
            if (match.hasMatch()) {
                m_baseUrl = QUrl(match.captured(1));
                if (!m_baseUrl.isValid() || m_baseUrl.port() <= 0)
                    return fail(QStringLiteral("unreadable listening line: %1")
                                    .arg(QString::fromUtf8(line)));
                return true;
            }
        }
        if (m_process->state() == QProcess::NotRunning) {
            drainStdout();
            return fail(QStringLiteral("the server exited (status %1, code %2) before listening")
                            .arg(m_process->exitStatus())
                            .arg(m_process->exitCode()));
        }
        m_process->waitForReadyRead(200);
    }
    drainStdout();
    m_process->kill();
    m_process->waitForFinished(kStopTimeoutMs);
    return fail(QStringLiteral("no 'listening http://HOST:PORT' line within %1 ms")
                    .arg(m_options.startTimeoutMs));
}

bool TestServer::stop(int signal)
{
    m_error.clear();
    if (!isRunning())
        return fail(QStringLiteral("stop(): the server is not running"));
    ::kill(static_cast<pid_t>(m_process->processId()), signal);
    if (!m_process->waitForFinished(kStopTimeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(kStopTimeoutMs);
        return fail(QStringLiteral("the server did not exit within %1 ms of signal %2")
                        .arg(kStopTimeoutMs)
                        .arg(signal));
    }
    drainStdout();
    if (m_process->exitStatus() != QProcess::NormalExit)
        return fail(QStringLiteral("the server crashed on signal %1").arg(signal));
    if (m_process->exitCode() != 0)
        return fail(QStringLiteral("the server exited with code %1 on signal %2")
                        .arg(m_process->exitCode())
                        .arg(signal));
    return true;
}

bool TestServer::pause()
{
    return sendSignal(SIGSTOP, "pause()");
}

bool TestServer::resume()
{
    return sendSignal(SIGCONT, "resume()");
}

bool TestServer::sendSignal(int signal, const char *what)
{
    m_error.clear();
    if (!isRunning())
        return fail(QStringLiteral("%1: the server is not running").arg(QLatin1String(what)));
    return ::kill(static_cast<pid_t>(m_process->processId()), signal) == 0
           || fail(QStringLiteral("%1: signal %2 failed").arg(QLatin1String(what)).arg(signal));
}

bool TestServer::kill()
{
    m_error.clear();
    if (!isRunning())
        return fail(QStringLiteral("kill(): the server is not running"));
    m_process->kill();
    if (!m_process->waitForFinished(kStopTimeoutMs))
        return fail(QStringLiteral("the server survived SIGKILL"));
    drainStdout();
    return true;
}

bool TestServer::restart()
{
    return stop() && start();
}

} // namespace billing::test
