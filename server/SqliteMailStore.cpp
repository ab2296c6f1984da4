#include "SqliteMailStore.h"

#include <limits>

namespace billing::server {
namespace {
const QString kSelect =
    QStringLiteral("SELECT seq, id, account_id, recipient, subject, body, created_at FROM mails ");

qint64 upperBound(qint64 beforeSeq)
{
    return beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max();
}
} // namespace

SqliteMailStore::SqliteMailStore(const QSqlDatabase &db)
    : m_insert(db,
               QStringLiteral("INSERT INTO mails (id, account_id, recipient, recipient_key, "
                              "subject, body, created_at) VALUES (?,?,?,?,?,?,?)"),
               QStringLiteral("seq"))
    , m_listAccount(db, kSelect
                            + QStringLiteral("WHERE account_id = ? AND seq < ? "
                                             "ORDER BY seq DESC LIMIT ?"))
    , m_countAccount(db, QStringLiteral("SELECT count(*) FROM mails WHERE account_id = ?"))
    , m_listAll(db, kSelect + QStringLiteral("WHERE seq < ? ORDER BY seq DESC LIMIT ?"))
    , m_countAll(db, QStringLiteral("SELECT count(*) FROM mails"))
    , m_listTo(db, kSelect
                       + QStringLiteral("WHERE recipient_key = ? AND seq < ? "
                                        "ORDER BY seq DESC LIMIT ?"))
    , m_countTo(db, QStringLiteral("SELECT count(*) FROM mails WHERE recipient_key = ?"))
{}

void SqliteMailStore::insert(MailMessage &mail)
{
    m_insert.bind(0, mail.id)
        .bind(1, SqlStatement::textOrNull(mail.accountId))
        .bind(2, mail.to)
        .bind(3, mail.to.toLower())
        .bind(4, mail.subject)
        .bind(5, mail.body)
        .bind(6, SqlStatement::fromTime(mail.createdAt))
        .exec();
    mail.seq = m_insert.lastInsertId();
}

QList<MailMessage> SqliteMailStore::readAll(SqlStatement &statement)
{
    statement.exec();
    QList<MailMessage> mails;
    while (statement.next()) {
        MailMessage mail;
        mail.seq = statement.integer(0);
        mail.id = statement.text(1);
        mail.accountId = statement.text(2);
        mail.to = statement.text(3);
        mail.subject = statement.text(4);
        mail.body = statement.text(5);
        mail.createdAt = statement.time(6);
        mails.append(mail);
    }
    statement.finish();
    return mails;
}

qint64 SqliteMailStore::readCount(SqlStatement &statement)
{
    statement.exec();
    const qint64 count = statement.next() ? statement.integer(0) : 0;
    statement.finish();
    return count;
}

QList<MailMessage> SqliteMailStore::listForAccount(const QString &accountId, qint64 beforeSeq,
                                                   int limit)
{
    m_listAccount.bind(0, accountId).bind(1, upperBound(beforeSeq)).bind(2, limit);
    return readAll(m_listAccount);
}

qint64 SqliteMailStore::countForAccount(const QString &accountId)
{
    m_countAccount.bind(0, accountId);
    return readCount(m_countAccount);
}

QList<MailMessage> SqliteMailStore::listAll(const QString &to, qint64 beforeSeq, int limit)
{
    if (to.isEmpty()) {
        m_listAll.bind(0, upperBound(beforeSeq)).bind(1, limit);
        return readAll(m_listAll);
    }
    m_listTo.bind(0, to.toLower()).bind(1, upperBound(beforeSeq)).bind(2, limit);
    return readAll(m_listTo);
}

qint64 SqliteMailStore::countAll(const QString &to)
{
    if (to.isEmpty())
        return readCount(m_countAll);
    m_countTo.bind(0, to.toLower());
    return readCount(m_countTo);
}

} // namespace billing::server
