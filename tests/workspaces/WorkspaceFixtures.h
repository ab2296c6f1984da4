#pragma once

#include "Workspace.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace billing::test {

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);
}

inline QString workspaceIdFor(int n)
{
    return QStringLiteral("ws_%1").arg(quint64(n) * 2654435761u + 17, 16, 16, QLatin1Char('0'));
}

inline Workspace makeWorkspace(int n, const QString &name, const QString &site,
                               SettlementMethod method = SettlementMethod::BillingCenter)
{
    Workspace ws;
    ws.id = workspaceIdFor(n);
    ws.name = name;
    ws.site = site;
    ws.language = n % 2 ? QStringLiteral("en") : QStringLiteral("zh");
    ws.settlement.method = method;
    // Every method's binding fields, in their normalised form (SettlementBinding).
    switch (method) {
    case SettlementMethod::Aliyun:
        ws.settlement.aliyunAccountId =
            QStringLiteral("12345678901234%1").arg(n % 100, 2, 10, QLatin1Char('0'));
        ws.settlement.instanceId = QString::number(6227000 + n);
        break;
    case SettlementMethod::Huawei:
        ws.settlement.huaweiAccountId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7%1")
                                            .arg(n % 0x10000, 4, 16, QLatin1Char('0'));
        ws.settlement.instanceId = QStringLiteral("hw%1").arg(n, 20, 16, QLatin1Char('0'));
        break;
    case SettlementMethod::Aws:
        ws.settlement.subscriptionId = QStringLiteral("aws-%1").arg(n, 20, 16, QLatin1Char('0'));
        break;
    case SettlementMethod::Azure:
        ws.settlement.subscriptionId =
            QStringLiteral("3f2504e0-4f89-41d3-9a0c-%1").arg(n, 12, 16, QLatin1Char('0'));
        break;
    case SettlementMethod::BillingCenter:
        break;
    }
    ws.settlement.since = fixedNow().addDays(-(n % 300));
    ws.createdAt = ws.settlement.since;
    ws.updatedAt = ws.createdAt;
    ws.version = 1 + n % 3;
    return ws;
}

// A varied set: every site, method and status, odd names (CJK, commas, quotes, accents).
inline QList<Workspace> syntheticWorkspaces(int count, quint32 seed = 42)
{
    static const QStringList sites{u"cn1"_qs, u"cn2"_qs, u"cn4"_qs, u"cn6"_qs, u"us1"_qs,
                                   u"eu1"_qs, u"ap1"_qs, u"za1"_qs, u"id1"_qs};
    static const QStringList special{u"生产环境-可观测性"_qs, u"Sales, EMEA"_qs,
                                     u"\"Blue\" team"_qs,     u"Zürich Ops"_qs,
                                     u"ZÜRICH backup"_qs,     u"测试环境 日志"_qs};
    static const QStringList words{u"prod"_qs,   u"staging"_qs, u"dev"_qs,     u"payments"_qs,
                                   u"search"_qs, u"edge"_qs,    u"metrics"_qs, u"Tracing"_qs};
    QRandomGenerator random(seed);
    QList<Workspace> result;
    for (int n = 0; n < count; ++n) {
        QString name;
        if (n % 23 == 5)
            name = special.at((n / 23) % special.size()) + u' ' + QString::number(n);
        else
            name = words.at(random.bounded(int(words.size()))) + u'-'
                   + words.at(random.bounded(int(words.size()))) + u'-'
                   + QString::number(random.bounded(100000));
        const SettlementMethod method = SettlementMethod(random.bounded(5));
        Workspace ws = makeWorkspace(n, name, sites.at(n % sites.size()), method);
        const int roll = int(random.bounded(10));
        if (roll == 0) {
            ws.status = WorkspaceStatus::LockPending;
            ws.lockAt = fixedNow().addSecs(qint64(random.bounded(20 * 86400)) - 5 * 86400);
        } else if (roll == 1) {
            ws.status = WorkspaceStatus::Locked;
            ws.lockAt = fixedNow().addDays(-3);
        }
        if (roll >= 8)
            ws.nextChangeAllowedAt = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
        result.append(ws);
    }
    return result;
}

} // namespace billing::test
