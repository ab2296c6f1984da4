#include "SqlStatement.h"

#include "Logging.h"
#include "StorageError.h"

#include <QSqlError>

namespace billing::server {

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        qCCritical(lcDb) << "prepare failed:" << m_query.lastError().text() << "in" << sql;
        throw StorageError(QStringLiteral("prepare failed: ") + m_query.lastError().text());
    }
}

SqlStatement &SqlStatement::bind(int position, const QVariant &value)
{
    // Qt SQL binds a null QString/QByteArray as SQL NULL; an empty text is not "no value".
    // A deliberate NULL is a QVariant that isNull() (see nullValue()).
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(position, QStringLiteral(""));
    else if (!value.isNull() && value.typeId() == QMetaType::QByteArray
             && value.toByteArray().isNull())
        m_query.bindValue(position, QByteArray(""));
    else
        m_query.bindValue(position, value);
    return *this;
}

void SqlStatement::exec()
{
    if (!m_query.exec()) {
        const QString why = m_query.lastError().text();
        qCCritical(lcDb) << "query failed:" << why << "in" << m_sql;
        throw StorageError(QStringLiteral("query failed: ") + why);
    }
}

bool SqlStatement::next()
{
    return m_query.next();
}

QDateTime SqlStatement::time(int column) const
{
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant SqlStatement::fromTime(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant(time.toSecsSinceEpoch());
}

} // namespace billing::server
