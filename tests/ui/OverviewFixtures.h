#pragma once

// Workspaces the Overview tests count: one site and method each, settled 30 days before kNow.
#include "Workspace.h"

#include <QDateTime>

namespace billing::test::overview {

inline const QDateTime kNow = QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);

inline Workspace workspace(const QString &id, const QString &site, SettlementMethod method)
{
    Workspace ws;
    ws.id = id;
    ws.name = QStringLiteral("Workspace ") + id;
    ws.site = site;
    ws.language = QStringLiteral("en");
    ws.settlement.method = method;
    if (method == SettlementMethod::Aliyun) {
        ws.settlement.aliyunAccountId = QStringLiteral("1234567890123456");
        ws.settlement.instanceId = QStringLiteral("6227091");
    }
    ws.settlement.since = kNow.addDays(-30);
    ws.version = 1;
    return ws;
}

} // namespace billing::test::overview
