#pragma once

#include "MailMessage.h"

#include <QString>

namespace billing::server {

class Clock;
class MailStore;

// Sends mail the way a reference server can: stores it (notifications, sandbox mailbox) and,
// with --mail-dir, writes <id>.eml. Storing is part of the caller's transaction; writing the
// file is a separate step so that a rolled-back transaction leaves no file behind.
class Mailer
{
public:
    Mailer(MailStore &store, const Clock &clock, const QString &mailDir);

    MailMessage store(const QString &to, const QString &subject, const QString &body,
                      const QString &accountId = {});
    void deliver(const MailMessage &mail) const;
    MailMessage send(const QString &to, const QString &subject, const QString &body,
                     const QString &accountId = {});

    static QString sender();

private:
    MailStore &m_store;
    const Clock &m_clock;
    QString m_mailDir;
};

} // namespace billing::server
