#include "PostgresTestDatabase.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <atomic>

namespace billing::test {
namespace {
constexpr int kDropTimeoutMs = 15000;
} // namespace

PostgresTestDatabase::PostgresTestDatabase()
    : m_serverUrl(qEnvironmentVariable("BILLING_TEST_POSTGRES_URL"))
{}

PostgresTestDatabase::~PostgresTestDatabase()
{
    if (m_name.isEmpty())
        return;
    // FORCE: a server process the test left running must not keep the database alive. It may
    // not end an autovacuum worker busy there (not our role's process): wait that out.
    const QString drop = QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name);
    QString error;
    QDeadlineTimer deadline(kDropTimeoutMs);
    while (!runOnServer(drop, &error)) {
        if (deadline.hasExpired()) {
            qWarning("PostgresTestDatabase: %s is left behind: %s", qPrintable(m_name),
                     qPrintable(error));
            return;
        }
        QThread::msleep(200);
    }
}

void PostgresTestDatabase::configure(QSqlDatabase &db, const QString &url)
{
    const QUrl parsed(url);
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setUserName(parsed.userName());
    db.setDatabaseName(parsed.path().mid(1));
}

bool PostgresTestDatabase::runOnServer(const QString &sql, QString *error) const
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("postgres-test-%1").arg(++counter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        configure(db, m_serverUrl);
        if (!db.open()) {
            *error =
                QStringLiteral("cannot connect to %1: %2").arg(m_serverUrl, db.lastError().text());
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool PostgresTestDatabase::create(QString *error)
{
    if (m_serverUrl.isEmpty()) {
        *error = QStringLiteral("BILLING_TEST_POSTGRES_URL is not set: run the tests through "
                                "scripts/test, which starts a throwaway PostgreSQL");
        return false;
    }
    const QString name =
        QStringLiteral("billing_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    if (!runOnServer(QStringLiteral("CREATE DATABASE %1").arg(name), error))
        return false;
    m_name = name;
    QUrl url(m_serverUrl);
    url.setPath(u'/' + name);
    m_url = url.toString();
    return true;
}

} // namespace billing::test
