#include "SandboxClockJob.h"

#include "Rfc3339.h"

#include <QJsonObject>

namespace billing {

SandboxClockJob::SandboxClockJob(BillingClient &client, const QDateTime &to, QObject *parent)
    : ApiJob(client, to.isValid() ? "POST" : "GET", QStringLiteral("/api/v1/sandbox/clock"),
             Auth::None, parent)
{
    if (to.isValid()) {
        setJsonBody({{QStringLiteral("now"), rfc3339::format(to)}});
        setIdempotencyKey({});
    }
}

bool SandboxClockJob::parseSuccess(int, const QJsonDocument &body)
{
    m_now = rfc3339::parse(body.object().value(u"now").toString());
    return m_now.isValid();
}

} // namespace billing
