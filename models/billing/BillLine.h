#pragma once

#include "SettlementMethod.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace billing {

// Where a bill line stands: wallet lines are charged at settlement; marketplace lines wait to
// be pushed to the marketplace, which accepts them or, past the deadline, they fail.
enum class BillLineStatus { Charged, PendingPush, Pushed, PushFailed };

QString toWire(BillLineStatus status);
std::optional<BillLineStatus> billLineStatusFromWire(QStringView wire);

// One settled (workspace, item, day) of GET /api/v1/bill-lines (billing.md). The amount is
// exact, in cents; quantity and unit price stay the decimal strings the server wrote, so
// nothing is lost on the way to an export.
struct BillLine {
    QString id;
    QDate day; // Beijing-time billing day
    QString workspaceId;
    QString workspaceName;
    QString site;
    QString item;
    QString quantity;  // decimal string, at most four places
    qint64 unit = 1;   // the item's unit size
    QString unitPrice; // decimal string per unit, at least two places
    QString currency;  // "CNY" or "USD"
    qint64 amountCents = 0;
    SettlementMethod payerMethod = SettlementMethod::BillingCenter;
    QString payerInstanceId; // the marketplace instance; empty for the wallet
    BillLineStatus status = BillLineStatus::Charged;
    QString pushError; // the marketplace's last refusal, when there was one

    // "billing_center" or "aliyun:6227091": the form of the bill-lines `payer` filter, one key
    // per payer of a statement.
    QString payerKey() const;
    QString amountText() const;

    QJsonObject toJson() const;
    // Nullopt, naming the first offending field in *error, when the object is not a bill line.
    static std::optional<BillLine> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const BillLine &, const BillLine &) = default;
};

} // namespace billing
