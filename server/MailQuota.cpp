#include "MailQuota.h"

namespace billing::server {
namespace {
constexpr int kForgetStaleEvery = 1000; // mails admitted between clean-ups of old keys
}

MailQuota::MailQuota(const Clock &clock)
    : m_recipients(clock, kPerRecipient, kWindowSeconds)
    , m_addresses(clock, kPerAddress, kWindowSeconds)
{}

qint64 MailQuota::admit(const QString &recipientKey, const QString &address, bool countAddress)
{
    const qint64 wait = qMax(m_recipients.retryAfter(recipientKey),
                             countAddress ? m_addresses.retryAfter(address) : 0);
    if (wait > 0)
        return wait;
    m_recipients.recordFailure(recipientKey);
    if (countAddress)
        m_addresses.recordFailure(address);
    if (++m_admitted % kForgetStaleEvery == 0) {
        m_recipients.forgetStale();
        m_addresses.forgetStale();
    }
    return 0;
}

} // namespace billing::server
