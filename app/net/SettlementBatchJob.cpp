#include "SettlementBatchJob.h"

#include <QJsonArray>

namespace billing {

SettlementBatchJob::SettlementBatchJob(BillingClient &client,
                                       const QList<SettlementChange> &changes,
                                       const QByteArray &idempotencyKey, QObject *parent)
    : ApiJob(client, "POST", QStringLiteral("/api/v1/settlement-changes"), Auth::Bearer, parent)
{
    Q_ASSERT(!changes.isEmpty() && changes.size() <= kMaxChanges);
    QJsonArray items;
    for (const SettlementChange &change : changes) {
        items.append(change.toJson(true));
        m_requestedIds.append(change.workspaceId);
    }
    setJsonBody({{QStringLiteral("changes"), items}});
    setIdempotencyKey(idempotencyKey);
}

bool SettlementBatchJob::parseSuccess(int, const QJsonDocument &body)
{
    const QJsonArray results = body.object().value(u"results").toArray();
    if (results.size() != m_requestedIds.size())
        return false;
    QList<SettlementChangeResult> parsed;
    parsed.reserve(results.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        auto result = SettlementChangeResult::fromJson(results.at(i).toObject());
        // Results come in request order; anything else cannot be matched to our changes.
        if (!result || result->workspaceId != m_requestedIds.at(i))
            return false;
        parsed.append(std::move(*result));
    }
    m_results = std::move(parsed);
    return true;
}

} // namespace billing
