#include "SqliteStatement.h"

#include "Logging.h"
#include "StorageError.h"

#include <sqlite3.h>

namespace billing::server {

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        qCCritical(lcDb) << "prepare failed:" << why << "in" << sql;
        throw StorageError(QStringLiteral("prepare failed: ") + why);
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::fail(const char *what) const
{
    const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
    qCCritical(lcDb) << what << "failed:" << why << "in" << m_sql;
    throw StorageError(QString::fromLatin1(what) + QStringLiteral(" failed: ") + why);
}

void SqliteStatement::bind(int position, const QVariant &value)
{
    if (m_rowPending || sqlite3_stmt_busy(m_statement))
        finish();
    const int index = position + 1;
    int result = SQLITE_OK;
    // A deliberate NULL is a QVariant without a value (see fromTime()); a null QString or
    // QByteArray held as a value is an empty text, not "no value".
    if (value.isNull()) {
        result = sqlite3_bind_null(m_statement, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            result = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            result = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray data = value.toByteArray();
            result = sqlite3_bind_blob64(m_statement, index, data.isNull() ? "" : data.constData(),
                                         sqlite3_uint64(data.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            result =
                sqlite3_bind_text64(m_statement, index, text.isNull() ? "" : text.constData(),
                                    sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
            break;
        }
        }
    }
    if (result != SQLITE_OK)
        fail("bind");
}

void SqliteStatement::exec()
{
    finish();
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) {
        m_rowPending = true;
        return;
    }
    if (result != SQLITE_DONE) {
        sqlite3_reset(m_statement);
        fail("query");
    }
    m_rowsAffected = sqlite3_changes(m_db);
    m_lastInsertId = sqlite3_last_insert_rowid(m_db);
    done();
}

bool SqliteStatement::next()
{
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (!sqlite3_stmt_busy(m_statement))
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE) {
        sqlite3_reset(m_statement);
        fail("query");
    }
    done();
    return false;
}

void SqliteStatement::done()
{
    // Reset at once: a statement left stepping holds its read snapshot open.
    sqlite3_reset(m_statement);
}

void SqliteStatement::finish()
{
    m_rowPending = false;
    sqlite3_reset(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_BLOB:
        return bytes(column);
    case SQLITE_NULL:
        return {};
    default:
        return text(column);
    }
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArray SqliteStatement::bytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

} // namespace billing::server
