#pragma once

#include "BillLine.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace billing {

// How a bill export adds its lines up (docs/export.md): each line, or one row per payer,
// item, site or workspace.
enum class BillGrouping { Line, Payer, Item, Site, Workspace };

QString toWire(BillGrouping grouping); // "line", "payer", …
std::optional<BillGrouping> billGroupingFromWire(QStringView wire);
QStringList billGroupingNames(); // payer, item, site, workspace, line

// One row of a grouped bill: the lines of one payer, item, site or workspace. Only the
// fields of its grouping are set. Amounts are exact sums of the lines' rounded amounts.
struct BillGroup {
    SettlementMethod payerMethod = SettlementMethod::BillingCenter;
    QString payerInstanceId;
    BillLineStatus status = BillLineStatus::Charged; // payer: the worst of its lines
    QString item;
    qint64 quantityE4 = 0; // item: the lines' quantities, in 1/10 000
    qint64 unit = 0;       // item: its unit size
    QString site;          // site, workspace
    QString workspaceId;
    QString workspaceName;
    qint64 amountCents = 0;
    qint64 lines = 0;
};

// The groups in a stable order: the wallet, then the other payers by method and instance
// (the statement's order), items in
// the catalogue's order, sites by name, workspaces in the order the lines first name them
// (the server's creation order). Line gives no groups.
QList<BillGroup> groupBillLines(const QList<BillLine> &lines, BillGrouping grouping);
qint64 totalCents(const QList<BillLine> &lines);
// 60000000 (e4) → "6000"; trailing zeros and a trailing '.' trimmed, as on the wire.
QString quantityText(qint64 quantityE4);

} // namespace billing
