#include "ChangeSettlementJob.h"

#include <QUrl>

namespace billing {

ChangeSettlementJob::ChangeSettlementJob(BillingClient &client, const SettlementChange &change,
                                         const QByteArray &idempotencyKey, QObject *parent)
    : WorkspaceReplyJob(client, "PUT",
                        u"/api/v1/workspaces/"
                            + QString::fromLatin1(QUrl::toPercentEncoding(change.workspaceId))
                            + u"/settlement",
                        Auth::Bearer, parent)
{
    setJsonBody(change.toJson(false));
    setIdempotencyKey(idempotencyKey);
}

} // namespace billing
