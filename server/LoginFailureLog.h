#pragma once

#include "SqlStatement.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace billing::server {

// The failures LoginThrottle counts, by kind and key: failed log-ins (by username and by
// address) and wrong SPI tokens (by address, apart from the log-ins').
class LoginFailureLog
{
public:
    enum class Kind { Username = 1, Address = 2, SpiToken = 3 };
    virtual ~LoginFailureLog() = default;

    // The key's failures after `since`, oldest first.
    virtual QList<QDateTime> after(Kind kind, const QString &key, const QDateTime &since) = 0;
    virtual void add(Kind kind, const QString &key, const QDateTime &at) = 0;
    virtual void forgetUpTo(const QDateTime &cutoff) = 0;
};

// In the process: the one SQLite process counts alone.
class MemoryLoginFailureLog final : public LoginFailureLog
{
public:
    QList<QDateTime> after(Kind kind, const QString &key, const QDateTime &since) override;
    void add(Kind kind, const QString &key, const QDateTime &at) override;
    void forgetUpTo(const QDateTime &cutoff) override;

private:
    QHash<QString, QList<QDateTime>> m_failures; // by kind and key
};

// In the database (login_failures), so that the processes sharing a PostgreSQL database
// count a guesser's attempts together, whichever process each reached (issue 22).
class SqlLoginFailureLog final : public LoginFailureLog
{
public:
    explicit SqlLoginFailureLog(const QSqlDatabase &db);
    QList<QDateTime> after(Kind kind, const QString &key, const QDateTime &since) override;
    void add(Kind kind, const QString &key, const QDateTime &at) override;
    void forgetUpTo(const QDateTime &cutoff) override;

private:
    SqlStatement m_after;
    SqlStatement m_add;
    SqlStatement m_forget;
};

} // namespace billing::server
