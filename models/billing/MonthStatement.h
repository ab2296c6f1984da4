#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace billing {

// Who pays a bill line: the account's wallet ("billing_center"), an Alibaba Cloud instance
// ("aliyun" with its instance id) or another marketplace ("aws", "azure", "huawei").
struct StatementPayer {
    QString method;
    QString instanceId;

    bool isWallet() const { return method == u"billing_center"; }
    friend bool operator==(const StatementPayer &, const StatementPayer &) = default;
};

struct PayerTotal {
    StatementPayer payer;
    qint64 cents = 0;
    // "charged" for the wallet; for an instance its lines' worst push status:
    // "push_failed", "pending_push" or "pushed".
    QString status;
};

struct ItemTotal {
    QString item;
    qint64 cents = 0;
    QString quantity; // decimal string, as on the wire
};

struct SiteTotal {
    QString site;
    qint64 cents = 0;
};

struct ItemCents {
    QString item;
    qint64 cents = 0;
};

struct DayTotal {
    QDate day;
    qint64 cents = 0;
    QList<ItemCents> byItem;
};

// A month's bill, GET /api/v1/bills?month=YYYY-MM. Every total is in integer cents and is
// the sum of the month's rounded line amounts, so all of them add up to `totalCents`.
struct MonthStatement {
    QString month; // "2026-11"
    QString currency;
    qint64 totalCents = 0;
    QList<PayerTotal> byPayer;
    QList<ItemTotal> byItem;
    QList<SiteTotal> bySite;
    QList<DayTotal> byDay; // only settled days with lines, in day order
    QDate settledThrough;  // invalid: nothing settled yet

    // Nullopt with *error naming the first field that is missing or malformed.
    static std::optional<MonthStatement> fromJson(const QJsonObject &json,
                                                  QString *error = nullptr);
    // Whether each breakdown (payer, item, site, day, and each day's items) sums to its
    // total to the cent.
    bool addsUp() const;
};

} // namespace billing
