#include "AzureMeteringGateway.h"

#include "AzureUsageEvents.h"
#include "Logging.h"
#include "MarketplaceService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace billing::server {
namespace {
bool countsAsAccepted(const QString &status)
{
    return status == u"Accepted" || status == u"Duplicate";
}
} // namespace

AzureMeteringGateway::AzureMeteringGateway(MarketplaceService &subscriptions, AzureMeteringApi &api)
    : m_subscriptions(subscriptions)
    , m_api(api)
{}

void AzureMeteringGateway::push(const MeteringCall &call, Done done)
{
    MeteringCallResult result;
    result.accepted = true;
    QList<AzureUsageEvent> events;
    for (const MeteringRecord &record : call.records) {
        const auto subscription = m_subscriptions.find(record.instanceId);
        QString bad;
        const QList<AzureUsageEvent> of = AzureUsageEvents::of(
            record, subscription ? subscription->instance.planId : QString(), &bad);
        if (!bad.isEmpty())
            result.refused.insert(record.seq, QStringLiteral("InvalidQuantity: %1").arg(bad));
        else
            events += of;
    }
    for (qsizetype from = 0; from < events.size(); from += AzureUsageEvents::kMaxEventsPerCall) {
        const QList<AzureUsageEvent> chunk = events.mid(from, AzureUsageEvents::kMaxEventsPerCall);
        int status = 0;
        const QByteArray reply =
            m_api.batchUsageEvent(AzureUsageEvents::batchRequest(chunk), call.sentAt, &status);
        const QJsonObject answer = QJsonDocument::fromJson(reply).object();
        if (status != 200) {
            result.accepted = false;
            result.error = QStringLiteral("%1: %2").arg(
                answer.value(QStringLiteral("code")).toString(QString::number(status)),
                answer.value(QStringLiteral("message")).toString());
            result.refused.clear();
            break;
        }
        const QJsonArray results = answer.value(QStringLiteral("result")).toArray();
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const QString eventStatus =
                results.at(i).toObject().value(QStringLiteral("status")).toString();
            if (!countsAsAccepted(eventStatus) && !result.refused.contains(chunk.at(i).seq)) {
                result.refused.insert(chunk.at(i).seq,
                                      QStringLiteral("%1: %2").arg(eventStatus.isEmpty()
                                                                       ? QStringLiteral("NoResult")
                                                                       : eventStatus,
                                                                   chunk.at(i).dimension));
            }
        }
    }
    if (!result.refused.isEmpty())
        qCInfo(lcMarketplace) << "azure metering:" << result.refused.size()
                              << "records refused per event";
    done(result);
}

} // namespace billing::server
