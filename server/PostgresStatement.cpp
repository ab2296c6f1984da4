#include "PostgresStatement.h"

#include "Logging.h"
#include "StorageError.h"

#include <QSqlDriver>

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>

namespace billing::server {
namespace {
// Type OIDs of the columns read (pg_type.h).
constexpr Oid kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700,
              kFloat8 = 701;

QByteArray nextStatementName()
{
    static std::atomic<quint64> counter{0};
    return "billing_" + QByteArray::number(++counter);
}

QString errorText(const PGresult *result, PGconn *conn)
{
    const char *message = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    QString text = QString::fromUtf8(message).trimmed();
    if (state)
        text += QStringLiteral(" (SQLSTATE %1)").arg(QString::fromLatin1(state));
    return text;
}
} // namespace

PGconn *PostgresStatement::connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!db.isOpen() || !handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0)
        throw StorageError(QStringLiteral("not an open PostgreSQL connection"));
    return *static_cast<PGconn *const *>(handle.constData());
}

QByteArray PostgresStatement::numberedPlaceholders(const QString &sql, int *count)
{
    const QByteArray in = sql.toUtf8();
    QByteArray out;
    out.reserve(in.size() + 16);
    int placeholders = 0;
    char quote = 0; // ' or " while inside a literal or a quoted name
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (quote) {
            if (c == quote)
                quote = 0; // a doubled quote closes and reopens: same result
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '-' && in.mid(i, 2) == "--") {
            const qsizetype end = in.indexOf('\n', i);
            const qsizetype stop = end < 0 ? in.size() : end;
            out += in.mid(i, stop - i);
            i = stop - 1;
            continue;
        } else if (c == '?') {
            // SQLite's ?NNN names parameter NNN; a bare ? takes the next after the highest.
            qsizetype end = i + 1;
            while (end < in.size() && std::isdigit(static_cast<unsigned char>(in.at(end))))
                ++end;
            const int number = end > i + 1 ? in.mid(i + 1, end - i - 1).toInt() : placeholders + 1;
            placeholders = std::max(placeholders, number);
            out += '$' + QByteArray::number(number);
            i = end - 1;
            continue;
        }
        out += c;
    }
    *count = placeholders;
    return out;
}

PostgresStatement::PostgresStatement(const QSqlDatabase &db, const QString &sql,
                                     const QString &generatedKey)
    : m_database(db)
    , m_conn(connectionOf(db))
    , m_name(nextStatementName())
    , m_sql(sql)
    , m_returnsKey(!generatedKey.isEmpty())
{
    int count = 0;
    QByteArray text = numberedPlaceholders(sql, &count);
    if (m_returnsKey)
        text += " RETURNING " + generatedKey.toUtf8();
    m_parameters.resize(size_t(count));
    PGresult *prepared = PQprepare(m_conn, m_name.constData(), text.constData(), count, nullptr);
    const bool ok = PQresultStatus(prepared) == PGRES_COMMAND_OK;
    if (!ok) {
        const QString why = errorText(prepared, m_conn);
        PQclear(prepared);
        fail("prepare", why);
    }
    PQclear(prepared);
}

PostgresStatement::~PostgresStatement()
{
    PQclear(m_result);
    // The server keeps a prepared statement until the session ends; a connection inside a
    // failed transaction refuses even DEALLOCATE, and it ends with that session anyway.
    if (m_database.isOpen() && PQtransactionStatus(m_conn) != PQTRANS_INERROR)
        PQclear(PQexec(m_conn, QByteArray("DEALLOCATE " + m_name).constData()));
}

void PostgresStatement::fail(const char *what, const QString &why) const
{
    qCCritical(lcDb) << what << "failed:" << why << "in" << m_sql;
    throw StorageError(QString::fromLatin1(what) + QStringLiteral(" failed: ") + why);
}

void PostgresStatement::bind(int position, const QVariant &value)
{
    if (position < 0 || size_t(position) >= m_parameters.size())
        throw StorageError(QStringLiteral("bind: no parameter %1 in %2").arg(position).arg(m_sql));
    Parameter &parameter = m_parameters[size_t(position)];
    parameter.null = value.isNull();
    parameter.binary = false;
    if (parameter.null) {
        parameter.data.clear();
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        parameter.data = value.toBool() ? "1" : "0";
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        parameter.data = QByteArray::number(value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        parameter.data = QByteArray::number(value.toDouble(), 'g', 17);
        break;
    case QMetaType::QByteArray:
        parameter.data = value.toByteArray();
        parameter.binary = true;
        break;
    default:
        parameter.data = value.toString().toUtf8();
        break;
    }
}

void PostgresStatement::exec()
{
    finish();
    const size_t count = m_parameters.size();
    std::vector<const char *> values(count);
    std::vector<int> lengths(count), formats(count);
    for (size_t i = 0; i < count; ++i) {
        const Parameter &parameter = m_parameters[i];
        values[i] = parameter.null ? nullptr : parameter.data.constData();
        lengths[i] = int(parameter.data.size());
        formats[i] = parameter.binary ? 1 : 0;
    }
    m_result = PQexecPrepared(m_conn, m_name.constData(), int(count), values.data(), lengths.data(),
                              formats.data(), 0);
    switch (PQresultStatus(m_result)) {
    case PGRES_TUPLES_OK:
        m_rows = PQntuples(m_result);
        break;
    case PGRES_COMMAND_OK:
        break;
    default: {
        const QString why = errorText(m_result, m_conn);
        finish();
        fail("query", why);
    }
    }
    m_rowsAffected = std::atoi(PQcmdTuples(m_result));
    if (m_returnsKey) {
        m_lastInsertId = m_rows > 0 ? std::strtoll(PQgetvalue(m_result, 0, 0), nullptr, 10) : 0;
        m_rows = 0; // the key is not a row the caller asked for
    }
}

bool PostgresStatement::next()
{
    if (m_row + 1 >= m_rows)
        return false;
    ++m_row;
    return true;
}

void PostgresStatement::finish()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
}

const char *PostgresStatement::cell(int column) const
{
    if (!m_result || m_row < 0 || PQgetisnull(m_result, m_row, column))
        return nullptr;
    return PQgetvalue(m_result, m_row, column);
}

bool PostgresStatement::isNull(int column) const
{
    return cell(column) == nullptr;
}

QVariant PostgresStatement::value(int column) const
{
    const char *data = cell(column);
    if (!data)
        return {};
    switch (PQftype(m_result, column)) {
    case kBool:
        return qint64(data[0] == 't' ? 1 : 0);
    case kInt2:
    case kInt4:
    case kInt8:
        return qint64(std::strtoll(data, nullptr, 10));
    case kFloat4:
    case kFloat8:
        return QByteArray(data).toDouble();
    case kBytea:
        return bytes(column);
    default:
        return text(column);
    }
}

QString PostgresStatement::text(int column) const
{
    const char *data = cell(column);
    return data ? QString::fromUtf8(data, PQgetlength(m_result, m_row, column)) : QString();
}

QByteArray PostgresStatement::bytes(int column) const
{
    const char *data = cell(column);
    if (!data)
        return {};
    if (PQftype(m_result, column) != kBytea)
        return QByteArray(data, PQgetlength(m_result, m_row, column));
    size_t length = 0;
    unsigned char *raw = PQunescapeBytea(reinterpret_cast<const unsigned char *>(data), &length);
    QByteArray result(reinterpret_cast<const char *>(raw), qsizetype(length));
    PQfreemem(raw);
    return result;
}

qint64 PostgresStatement::integer(int column) const
{
    const char *data = cell(column);
    if (!data)
        return 0;
    if (PQftype(m_result, column) == kBool)
        return data[0] == 't' ? 1 : 0;
    return std::strtoll(data, nullptr, 10);
}

} // namespace billing::server
