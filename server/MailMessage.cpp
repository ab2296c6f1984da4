#include "MailMessage.h"

#include <Notification.h>

namespace billing::server {

QJsonObject toJson(const MailMessage &mail)
{
    return billing::toJson(Notification{mail.id, mail.to, mail.subject, mail.body, mail.createdAt});
}

} // namespace billing::server
