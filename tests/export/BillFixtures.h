#pragma once

// Bill lines as GET /api/v1/bill-lines sends them, for the bill export tests.
#include "BillLine.h"
#include "ExactDecimal.h"

#include <QList>
#include <QString>

namespace billing::test {

inline BillLine billLine(int day, const QString &workspace, const QString &item, qint64 amountCents,
                         const QString &instanceId = {},
                         BillLineStatus status = BillLineStatus::Charged)
{
    BillLine line;
    line.id = u"bl_%1"_qs.arg(qHash(workspace + item) ^ uint(day), 0, 16);
    line.day = QDate(2026, 11, day);
    line.workspaceId = workspace;
    line.workspaceName = u"Name of "_qs + workspace;
    line.site = workspace.endsWith(u'1') ? u"cn6"_qs : u"cn1"_qs;
    line.item = item;
    line.quantity = u"6000.5"_qs;
    line.unit = 1000000;
    line.unitPrice = u"1.20"_qs;
    line.currency = u"CNY"_qs;
    line.amountCents = amountCents;
    line.payerMethod =
        instanceId.isEmpty() ? SettlementMethod::BillingCenter : SettlementMethod::Aliyun;
    line.payerInstanceId = instanceId;
    line.status = instanceId.isEmpty() ? BillLineStatus::Charged : status;
    return line;
}

// A month of lines over three workspaces, two payers and several items, with amounts whose
// cents a double would not add up exactly.
inline QList<BillLine> monthOfLines()
{
    QList<BillLine> lines;
    const QStringList items{u"logs"_qs, u"timeseries"_qs, u"apm_traces"_qs};
    for (int day = 1; day <= 30; ++day) {
        for (int w = 0; w < 3; ++w) {
            const QString workspace = u"ws_000%1"_qs.arg(w);
            const QString instance = w == 1 ? u"6227091"_qs : QString();
            const BillLineStatus status =
                day == 30 ? BillLineStatus::PendingPush
                          : (day == 7 ? BillLineStatus::PushFailed : BillLineStatus::Pushed);
            for (qsizetype i = 0; i < items.size(); ++i)
                lines.append(billLine(day, workspace, items.at(i), qint64(day) * 10 + w * 3 + i + 1,
                                      instance, status));
        }
    }
    return lines;
}

} // namespace billing::test
