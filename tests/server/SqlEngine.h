#pragma once

// One engine of the schema parity test behind a Qt SQL connection: statements run one by one,
// a result comes back as text (a row's fields joined by blanks), a failure says which engine
// and which statement.
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

namespace billing::test {

class SqlEngine
{
public:
    SqlEngine(QString label, QSqlDatabase db)
        : m_label(std::move(label))
        , m_db(std::move(db))
    {}

    QSqlDatabase &db() { return m_db; }
    const QString &label() const { return m_label; }
    const QString &error() const { return m_error; }
    // The last failure's SQLSTATE on PostgreSQL, SQLite's result code on SQLite.
    const QString &errorCode() const { return m_errorCode; }

    bool run(const QString &sql)
    {
        QSqlQuery query(m_db);
        return exec(query, sql);
    }

    bool runAll(const QStringList &statements)
    {
        for (const QString &statement : statements) {
            if (!run(statement))
                return false;
        }
        return true;
    }

    std::optional<QStringList> rows(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!exec(query, sql))
            return std::nullopt;
        QStringList rows;
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            rows << fields.join(u' ');
        }
        return rows;
    }

private:
    bool exec(QSqlQuery &query, const QString &sql)
    {
        query.setForwardOnly(true);
        if (query.exec(sql))
            return true;
        m_error = QStringLiteral("%1: %2\n  in: %3")
                      .arg(m_label, query.lastError().databaseText().trimmed(), sql);
        m_errorCode = query.lastError().nativeErrorCode();
        return false;
    }

    QString m_label;
    QSqlDatabase m_db;
    QString m_error;
    QString m_errorCode;
};

} // namespace billing::test
