#pragma once

#include "MailMessage.h"

#include <QList>

namespace billing::server {

// Mails, listed newest first and paged by `beforeSeq` (0 = from the newest).
class MailStore
{
public:
    virtual ~MailStore() = default;

    virtual void insert(MailMessage &mail) = 0; // sets mail.seq
    virtual QList<MailMessage> listForAccount(const QString &accountId, qint64 beforeSeq,
                                              int limit) = 0;
    virtual qint64 countForAccount(const QString &accountId) = 0;
    // Every mail, or those to one recipient (case-insensitive) when `to` is not empty.
    virtual QList<MailMessage> listAll(const QString &to, qint64 beforeSeq, int limit) = 0;
    virtual qint64 countAll(const QString &to) = 0;
};

} // namespace billing::server
