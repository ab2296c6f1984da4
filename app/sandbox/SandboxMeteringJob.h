#pragma once

#include "ApiJob.h"
#include "MeteringRecordRow.h"

#include <QList>

namespace billing {

// GET of what a sandbox market's metering API accepted for one subscription:
// {"records":[…]}, or Alibaba Cloud's page {"items":[…],"total"}.
class SandboxMeteringJob : public ApiJob
{
    Q_OBJECT
public:
    // idParameter: the query parameter naming the subscription ("instanceId" for Alibaba
    // Cloud, "subscriptionId" for the others).
    SandboxMeteringJob(BillingClient &client, const QString &path, const QString &idParameter,
                       const QString &subscriptionId, QObject *parent = nullptr);

    const QList<MeteringRecordRow> &records() const { return m_records; }
    // How many the market holds; more than records() when it sent one page.
    qint64 total() const { return m_total; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    QList<MeteringRecordRow> m_records;
    qint64 m_total = 0;
};

} // namespace billing
