#include "BillLineListJob.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBillLines, "billing.net.billlines", QtInfoMsg)

namespace billing {

QUrlQuery BillLineFilter::toQuery() const
{
    QUrlQuery query;
    const auto add = [&query](const char *key, const QString &value) {
        if (!value.isEmpty())
            query.addQueryItem(QString::fromLatin1(key), value);
    };
    add("month", month);
    add("workspaceId", workspaceId);
    add("item", item);
    add("payer", payer);
    add("status", status);
    return query;
}

BillLineListJob::BillLineListJob(BillingClient &client, const BillLineFilter &filter,
                                 QObject *parent)
    : PagedListJob(client, QStringLiteral("/api/v1/bill-lines"), filter.toQuery(), 5000, true,
                   parent)
{
    connect(this, &PagedListJob::pageReceived, this, [this](const QJsonArray &items) {
        m_lines.reserve(m_lines.size() + items.size());
        for (const QJsonValue &item : items) {
            QString field;
            if (auto line = BillLine::fromJson(item.toObject(), &field)) {
                m_lines.append(std::move(*line));
            } else {
                ++m_unreadable;
                qCWarning(lcBillLines) << "skipped a bill line with a bad field" << field;
            }
        }
    });
}

} // namespace billing
