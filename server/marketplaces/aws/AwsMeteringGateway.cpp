#include "AwsMeteringGateway.h"

#include <QRegularExpression>

namespace billing::server {
namespace {
constexpr qint64 kMaxQuantity = 2147483647; // AWS's Quantity is an int
} // namespace

AwsMeteringGateway::AwsMeteringGateway(BatchMeterUsageApi &api, FindSubscription findSubscription)
    : m_api(api)
    , m_findSubscription(std::move(findSubscription))
{}

std::optional<qint64> AwsMeteringGateway::roundedUpQuantity(const QString &decimal)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,12})(?:\\.([0-9]{1,30}))?$"));
    const QRegularExpressionMatch match = pattern.match(decimal);
    if (!match.hasMatch())
        return std::nullopt;
    qint64 quantity = match.captured(1).toLongLong();
    const QString fraction = match.captured(2);
    if (std::any_of(fraction.cbegin(), fraction.cend(), [](QChar c) { return c != u'0'; }))
        quantity += 1;
    if (quantity > kMaxQuantity)
        return std::nullopt;
    return quantity;
}

QList<AwsMeteringGateway::Batch> AwsMeteringGateway::batchesOf(const MeteringCall &call,
                                                               QHash<qint64, QString> &refused)
{
    QList<QString> products;
    QHash<QString, QList<Batch>> byProduct;
    for (const MeteringRecord &record : call.records) {
        const auto subscription = m_findSubscription(record.instanceId);
        if (!subscription || subscription->marketplace != SettlementMethod::Aws) {
            refused.insert(record.seq, QStringLiteral("CustomerNotSubscribed: no AWS subscription "
                                                      "%1.")
                                           .arg(record.instanceId));
            continue;
        }
        const MarketplaceSubscription &instance = *subscription;
        QList<AwsUsageRecord> usage;
        for (const MeteringEntity &entity : record.entities) {
            const auto quantity = roundedUpQuantity(entity.value);
            if (!quantity) {
                refused.insert(record.seq, QStringLiteral("InvalidQuantity: %1 of %2 is not a "
                                                          "quantity AWS takes.")
                                               .arg(entity.value, entity.key));
                usage.clear();
                break;
            }
            usage.append({QDateTime::fromSecsSinceEpoch(record.endTime, Qt::UTC),
                          instance.customerAccount(), entity.key, *quantity});
        }
        if (usage.isEmpty())
            continue;
        QList<Batch> &batches = byProduct[instance.productCode];
        if (batches.isEmpty())
            products.append(instance.productCode);
        const auto startBatch = [&] {
            batches.append(Batch{{instance.productCode, {}, call.sentAt}, {}});
        };
        // A day's usage stays in one call when it fits in one.
        if (batches.isEmpty()
            || batches.last().request.usageRecords.size() + usage.size()
                   > BatchMeterUsageRequest::kMaxRecords)
            startBatch();
        for (const AwsUsageRecord &one : std::as_const(usage)) {
            if (batches.last().request.usageRecords.size() == BatchMeterUsageRequest::kMaxRecords)
                startBatch();
            batches.last().request.usageRecords.append(one);
            batches.last().seqOfRecord.append(record.seq);
        }
    }
    QList<Batch> all;
    for (const QString &product : std::as_const(products))
        all += byProduct.value(product);
    return all;
}

void AwsMeteringGateway::send(const Batch &batch, QHash<qint64, QString> &refused,
                              QString &callError)
{
    const BatchMeterUsageResult result = m_api.batchMeterUsage(batch.request);
    for (int i = 0; i < batch.seqOfRecord.size(); ++i) {
        const qint64 seq = batch.seqOfRecord.at(i);
        QString reason;
        if (!result.exception.isEmpty())
            reason = result.exception;
        else if (result.unprocessed.contains(i))
            reason = QStringLiteral("UnprocessedRecords: the marketplace asks to send it again.");
        else if (result.statuses.value(i) != u"Success")
            reason = result.statuses.value(i, QStringLiteral("No result for the record."));
        if (!reason.isEmpty() && !refused.contains(seq))
            refused.insert(seq, reason);
    }
    if (!result.exception.isEmpty())
        callError = result.exception;
}

void AwsMeteringGateway::push(const MeteringCall &call, Done done)
{
    QHash<qint64, QString> refused;
    QString callError;
    for (const Batch &batch : batchesOf(call, refused))
        send(batch, refused, callError);
    if (!callError.isEmpty() && refused.size() == call.records.size())
        done({false, callError, {}});
    else
        done({true, {}, refused});
}

} // namespace billing::server
