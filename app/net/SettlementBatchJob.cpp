#include "SettlementBatchJob.h"

#include "WorkspaceJsonReader.h"
#include "WorkspaceJsonWriter.h"

namespace billing {

SettlementBatchJob::SettlementBatchJob(BillingClient &client,
                                       const QList<SettlementChange> &changes,
                                       const QByteArray &idempotencyKey, QObject *parent)
    : ApiJob(client, "POST", QStringLiteral("/api/v1/settlement-changes"), Auth::Bearer, parent)
{
    Q_ASSERT(!changes.isEmpty() && changes.size() <= kMaxChanges);
    // Written as text: 1 000 items through QJsonObject cost more than the request (issue 8).
    QByteArray body = "{\"changes\":[";
    body.reserve(changes.size() * 96 + 16);
    for (const SettlementChange &change : changes) {
        if (!m_requestedIds.isEmpty())
            body += ',';
        WorkspaceJson::appendChange(body, change);
        m_requestedIds.append(change.workspaceId);
    }
    body += "]}";
    setRawJsonBody(std::move(body));
    setIdempotencyKey(idempotencyKey);
}

bool SettlementBatchJob::parseSuccess(int, const QJsonDocument &)
{
    return false; // not called: parseSuccessBody() reads the raw body
}

bool SettlementBatchJob::parseSuccessBody(int, const QByteArray &body)
{
    // A 1 000-result reply is about 400 KB: simdjson reads it several times faster.
    thread_local WorkspaceJsonReader reader;
    QList<SettlementChangeResult> results;
    if (!reader.readSettlementResults(body, &results) || results.size() != m_requestedIds.size())
        return false;
    // Results come in request order; anything else cannot be matched to our changes.
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (results.at(i).workspaceId != m_requestedIds.at(i))
            return false;
    }
    m_results = std::move(results);
    return true;
}

} // namespace billing
