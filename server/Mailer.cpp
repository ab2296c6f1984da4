#include "Mailer.h"

#include "Clock.h"
#include "EmlFormatter.h"
#include "Logging.h"
#include "MailStore.h"
#include "SecureRandom.h"

#include <QDir>
#include <QSaveFile>

namespace billing::server {

Mailer::Mailer(MailStore &store, const Clock &clock, const QString &mailDir)
    : m_store(store)
    , m_clock(clock)
    , m_mailDir(mailDir)
{}

QString Mailer::sender()
{
    return QStringLiteral("Billing Center <no-reply@billing-center.invalid>");
}

MailMessage Mailer::store(const QString &to, const QString &subject, const QString &body,
                          const QString &accountId)
{
    MailMessage mail;
    mail.id = SecureRandom::prefixedId(QStringLiteral("ntf_"));
    mail.accountId = accountId;
    mail.to = to;
    mail.subject = subject;
    mail.body = body;
    mail.createdAt = m_clock.now();
    m_store.insert(mail);
    return mail;
}

void Mailer::deliver(const MailMessage &mail) const
{
    qCInfo(lcMail) << "mail" << mail.id << "stored for"
                   << (mail.accountId.isEmpty() ? mail.to : mail.accountId);
    if (m_mailDir.isEmpty())
        return;
    QSaveFile file(QDir(m_mailDir).filePath(mail.id + QStringLiteral(".eml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(EmlFormatter::format(mail, sender())) < 0
        || !file.flush() || !file.commit()) {
        qCWarning(lcMail) << "cannot write" << file.fileName() << ":" << file.errorString();
    }
}

MailMessage Mailer::send(const QString &to, const QString &subject, const QString &body,
                         const QString &accountId)
{
    MailMessage mail = store(to, subject, body, accountId);
    deliver(mail);
    return mail;
}

} // namespace billing::server
