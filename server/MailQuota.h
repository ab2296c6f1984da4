#pragma once

#include "LoginThrottle.h"

#include <QString>

namespace billing::server {

class Clock;

// How many mails a caller may make the server send (verification codes), per sliding window:
// kPerRecipient to one e-mail address from anyone, and kPerAddress from one client address
// (loopback callers are not counted, as in AddressRateLimiter).
class MailQuota
{
public:
    static constexpr int kPerRecipient = 5;
    static constexpr int kPerAddress = 20;
    static constexpr qint64 kWindowSeconds = 60 * 60;

    explicit MailQuota(const Clock &clock);

    // 0 when the mail may be sent, and then it is counted; else the seconds to wait.
    qint64 admit(const QString &recipientKey, const QString &address, bool countAddress);

private:
    // The sliding window of failed logins, counting mails here.
    LoginThrottle m_recipients;
    LoginThrottle m_addresses;
    int m_admitted = 0;
};

} // namespace billing::server
