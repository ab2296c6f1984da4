#include "Database.h"

#include "Logging.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace billing::server {

namespace {
QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("billing-center-%1").arg(++counter);
}
} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{}

bool Database::addConnection(const QString &driver, QString *error)
{
    m_db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (!m_db.isValid())
        *error = QStringLiteral("Qt SQL has no %1 driver").arg(driver);
    return m_db.isValid();
}

void Database::close()
{
    if (!m_db.isValid())
        return;
    if (m_db.isOpen()) {
        if (const QString last = closingStatement(); !last.isEmpty())
            executeQuietly(last);
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isPostgres() const
{
    return handle().driverName() == u"QPSQL";
}

void Database::execute(const QString &sql)
{
    QSqlQuery query(handle());
    if (!query.exec(sql)) {
        qCCritical(lcDb) << "statement failed:" << query.lastError().text() << "in" << sql;
        throw StorageError(query.lastError().text());
    }
}

void Database::executeQuietly(const QString &sql)
{
    QSqlQuery(handle()).exec(sql);
}

void Database::begin()
{
    if (m_depth == 0) {
        m_rollbackOnly = false;
        // Throws when the engine cannot begin (SQLite: the database stays locked by the
        // settlement thread's large day): then nothing has begun and the depth stays 0.
        const QStringList statements = beginStatements();
        try {
            for (const QString &statement : statements)
                execute(statement);
        } catch (const StorageError &) {
            if (statements.size() > 1)
                executeQuietly(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
    ++m_depth;
}

void Database::commit()
{
    if (m_depth == 0)
        return;
    if (--m_depth > 0)
        return;
    if (m_rollbackOnly) {
        execute(QStringLiteral("ROLLBACK"));
        throw StorageError(QStringLiteral("transaction was marked for rollback"));
    }
    try {
        execute(QStringLiteral("COMMIT"));
    } catch (const StorageError &) {
        executeQuietly(QStringLiteral("ROLLBACK"));
        throw;
    }
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    if (--m_depth > 0) {
        m_rollbackOnly = true;
        return;
    }
    executeQuietly(QStringLiteral("ROLLBACK"));
}

} // namespace billing::server
