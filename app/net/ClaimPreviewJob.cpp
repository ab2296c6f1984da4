#include "ClaimPreviewJob.h"

#include <QUrl>

namespace billing {

ClaimPreviewJob::ClaimPreviewJob(BillingClient &client, const QString &code, QObject *parent)
    : ClaimReplyJob(client, "GET",
                    u"/api/v1/marketplace/claims/"
                        + QString::fromLatin1(QUrl::toPercentEncoding(code)),
                    Auth::Bearer, parent)
{
    setPathSecret(code);
}

} // namespace billing
