#pragma once

#include "ApiJob.h"
#include "SettlementChange.h"
#include "SettlementChangeResult.h"

namespace billing {

// POST /api/v1/settlement-changes: 1 to 1000 changes, one result per change in order.
class SettlementBatchJob : public ApiJob
{
    Q_OBJECT
public:
    static constexpr int kMaxChanges = 1000;

    SettlementBatchJob(BillingClient &client, const QList<SettlementChange> &changes,
                       const QByteArray &idempotencyKey, QObject *parent = nullptr);
    const QList<SettlementChangeResult> &results() const { return m_results; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;
    bool parseSuccessBody(int status, const QByteArray &body) override;

private:
    QStringList m_requestedIds;
    QList<SettlementChangeResult> m_results;
};

} // namespace billing
