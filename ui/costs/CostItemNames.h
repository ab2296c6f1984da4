#pragma once

#include <QCoreApplication>
#include <QString>

namespace billing {

struct StatementPayer;

// The words of the Costs screens: an item by its catalogue name in the UI language, a payer,
// a month, a line's push status.
class CostItemNames
{
    Q_DECLARE_TR_FUNCTIONS(billing::CostItemNames)

public:
    static QString item(const QString &code);
    // "Billing Center wallet", "Alibaba Cloud instance 6227091".
    static QString payer(const QString &method, const QString &instanceId);
    static QString payer(const StatementPayer &payer);
    // "November 2026", "2026年11月": a billing month ("YYYY-MM") in the UI language.
    static QString month(const QString &month);
    // charged, pushed, pending_push, push_failed.
    static QString status(const QString &wireStatus);
};

} // namespace billing
