#include "RequestOrigin.h"

#include "RequestContext.h"
#include "SecureRandom.h"

namespace billing::server {

EventOrigin requestOrigin(const RequestContext &context)
{
    const auto key = context.request.header("idempotency-key");
    const QString requestId =
        key ? QString::fromLatin1(*key) : SecureRandom::prefixedId(QStringLiteral("req_"));
    return EventOrigin::ofUser(context.account().username, requestId);
}

} // namespace billing::server
