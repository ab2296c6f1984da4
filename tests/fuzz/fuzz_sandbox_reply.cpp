// The sandbox markets' console replies, read as the Sandbox markets window reads them: a
// subscription made in a console (bare, wrapped with its claim code, or Alibaba Cloud's
// instance form) and the usage records a market's metering API kept, in every marketplace's
// wire words. What is accepted survives the contract's own subscription form.
#include "FuzzSupport.h"

#include <MeteringRecordRow.h>
#include <SandboxSubscription.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace billing;

namespace {
void readSubscription(const QJsonObject &reply)
{
    const auto made = sandboxSubscriptionFromReply(reply);
    if (!made || made->subscription.instanceId.isEmpty())
        return;
    const MarketplaceSubscription &subscription = made->subscription;
    const auto again = subscriptionFromJson(toSubscriptionJson(subscription));
    fuzz::require(again.has_value() && again->marketplace == subscription.marketplace
                  && again->instanceId == subscription.instanceId
                  && again->status == subscription.status
                  && again->customer == subscription.customer);
}

// A marketplace's time never depends on the viewer's zone.
bool zoned(const QDateTime &time)
{
    return !time.isValid() || time.timeSpec() != Qt::LocalTime;
}

void readRecords(const QJsonObject &reply)
{
    const QJsonValue list =
        reply.contains(u"records") ? reply.value(u"records") : reply.value(u"items");
    for (const QJsonValue &item : list.toArray()) {
        const QJsonObject record = item.toObject();
        const MeteringRecordRow row = MeteringRecordRow::fromJson(record);
        fuzz::require(zoned(row.start) && zoned(row.end) && zoned(row.acceptedAt));
        for (auto it = record.begin(); it != record.end(); ++it)
            fuzz::require(zoned(marketplaceTime(it.value())));
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    readSubscription(document.object());
    readRecords(document.object());
    return 0;
}
