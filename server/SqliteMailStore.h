#pragma once

#include "MailStore.h"
#include "SqlStatement.h"

namespace billing::server {

class SqliteMailStore : public MailStore
{
public:
    explicit SqliteMailStore(const QSqlDatabase &db);

    void insert(MailMessage &mail) override;
    QList<MailMessage> listForAccount(const QString &accountId, qint64 beforeSeq,
                                      int limit) override;
    qint64 countForAccount(const QString &accountId) override;
    QList<MailMessage> listAll(const QString &to, qint64 beforeSeq, int limit) override;
    qint64 countAll(const QString &to) override;

private:
    static QList<MailMessage> readAll(SqlStatement &statement);
    static qint64 readCount(SqlStatement &statement);

    SqlStatement m_insert;
    SqlStatement m_listAccount;
    SqlStatement m_countAccount;
    SqlStatement m_listAll;
    SqlStatement m_countAll;
    SqlStatement m_listTo;
    SqlStatement m_countTo;
};

} // namespace billing::server
