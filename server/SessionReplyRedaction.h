#pragma once

#include "HttpResponse.h"

namespace billing::server {

class SessionService;

// Idempotency records must not keep a bearer token (tokens are stored only as hashes). A
// reply that carries a session is remembered without its token; its replay gets a freshly
// issued session for the same account, so the work (registration, login) is still done once.
class SessionReplyRedaction
{
public:
    explicit SessionReplyRedaction(SessionService &sessions);

    static HttpResponse redact(const HttpResponse &response);
    HttpResponse reissue(const HttpResponse &stored) const;

private:
    SessionService &m_sessions;
};

} // namespace billing::server
