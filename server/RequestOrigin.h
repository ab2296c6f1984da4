#pragma once

#include "EventRecorder.h"

namespace billing::server {

struct RequestContext;

// The origin of the changes an authenticated request makes: its user, and as request id its
// Idempotency-Key (which ties an event to a client's bulk-apply chunk) or else a fresh id.
EventOrigin requestOrigin(const RequestContext &context);

} // namespace billing::server
