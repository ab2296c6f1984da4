#include "SqlStatement.h"

#include "PostgresStatement.h"
#include "SqliteStatement.h"
#include "StorageError.h"

#include <QSqlDriver>

namespace billing::server {
namespace {
std::unique_ptr<StatementEngine> engineFor(const QSqlDatabase &db, const QString &sql,
                                           const QString &generatedKey)
{
    if (SqlStatement::isPostgres(db))
        return std::make_unique<PostgresStatement>(db, sql, generatedKey);
    return std::make_unique<SqliteStatement>(SqlStatement::connectionOf(db), sql);
}
} // namespace

sqlite3 *SqlStatement::connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StorageError(QStringLiteral("not an open SQLite connection"));
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool SqlStatement::isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL";
}

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql, const QString &generatedKey)
    : m_engine(engineFor(db, sql, generatedKey))
{}

SqlStatement::~SqlStatement() = default;

QDateTime SqlStatement::time(int column) const
{
    if (m_engine->isNull(column))
        return {};
    return QDateTime::fromSecsSinceEpoch(m_engine->integer(column), Qt::UTC);
}

QVariant SqlStatement::fromTime(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant(time.toSecsSinceEpoch());
}

QVariant SqlStatement::textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant SqlStatement::rowidOrNull(qint64 rowid)
{
    return rowid > 0 ? QVariant(rowid) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace billing::server
