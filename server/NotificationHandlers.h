#pragma once

namespace billing::server {

class MailStore;
class Router;

// GET /api/v1/notifications: the mails sent to the caller's account, newest first.
class NotificationHandlers
{
public:
    explicit NotificationHandlers(MailStore &mails);
    void registerRoutes(Router &router);

private:
    MailStore &m_mails;
};

} // namespace billing::server
