#include "DemoUsage.h"

#include "BillingDay.h"

#include <ExactDecimal.h>

namespace billing::server {
namespace {
// splitmix64: a fixed, well-mixed hash, so the demo is the same on every machine.
quint64 mix(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

// A light workspace's daily quantity of each item is from `low` to `low * 4`.
qint64 lightQuantity(const QString &item)
{
    static const QHash<QString, qint64> low{{QStringLiteral("timeseries"), 500},
                                            {QStringLiteral("logs"), 200'000},
                                            {QStringLiteral("apm_traces"), 50'000},
                                            {QStringLiteral("apm_profiles"), 5'000},
                                            {QStringLiteral("rum_pv"), 5'000},
                                            {QStringLiteral("session_replay"), 20},
                                            {QStringLiteral("synthetic_tests"), 1'000},
                                            {QStringLiteral("task_calls"), 5'000},
                                            {QStringLiteral("sms"), 5}};
    return low.value(item, 1'000);
}
} // namespace

DemoUsage::DemoUsage(const QSqlDatabase &db, const BillingCatalogue &catalogue)
    : m_catalogue(catalogue)
    , m_account(db, QStringLiteral("SELECT id FROM accounts WHERE username_key = 'demo'"))
    // The first workspaces and the newest ones: a workspace the user creates while trying the
    // sandbox (bound to a sandbox market, say) has usage the next day it settles.
    , m_workspaces(db,
                   QStringLiteral("SELECT seq, site FROM (SELECT seq, site FROM workspaces "
                                  "WHERE account_id = ?1 ORDER BY seq LIMIT ?2) AS oldest UNION "
                                  "SELECT seq, site FROM (SELECT seq, site FROM workspaces "
                                  "WHERE account_id = ?1 ORDER BY seq DESC LIMIT ?3) AS newest "
                                  "ORDER BY seq"))
    , m_insert(db, QStringLiteral("INSERT INTO usage (account_id, day, workspace_seq, item, "
                                  "quantity_e4, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT DO NOTHING"))
{}

bool DemoUsage::loadWorkspaces()
{
    if (m_accountId.isEmpty()) {
        m_account.exec();
        if (m_account.next())
            m_accountId = m_account.text(0);
        m_account.finish();
    }
    if (m_accountId.isEmpty())
        return false;
    m_rows.clear();
    m_workspaces.bind(0, m_accountId).bind(1, kMaxWorkspaces).bind(2, kNewestWorkspaces).exec();
    while (m_workspaces.next())
        m_rows.append({m_workspaces.integer(0), m_workspaces.text(1)});
    m_workspaces.finish();
    return true;
}

bool DemoUsage::addDay(const QDate &day)
{
    if (!loadWorkspaces())
        return false;
    const QString dayText = billingday::text(day);
    const qint64 recordedAt = billingday::endOf(day).toSecsSinceEpoch();
    // Weekends run at 55 %, weekdays at 100 %.
    const qint64 weekPercent = day.dayOfWeek() >= 6 ? 55 : 100;
    const Currency currency = Currency::Cny; // the demo account registered on cn1
    const QList<BillingItem> &items = m_catalogue.items();
    for (const DemoWorkspace &ws : std::as_const(m_rows)) {
        const quint64 traits = mix(quint64(ws.seq));
        const qint64 size = traits % 100 < 4 ? 40 : (traits % 100 < 24 ? 5 : 1); // heavy, medium
        const qsizetype itemCount = 3 + qsizetype((traits >> 8) % 4);
        const qsizetype first = qsizetype((traits >> 16) % quint64(items.size()));
        qsizetype taken = 0;
        for (qsizetype i = 0; i < items.size() && taken < itemCount; ++i) {
            const BillingItem &item = items.at((first + i) % items.size());
            if (!m_catalogue.priceMicros(item.code, ws.site, currency))
                continue;
            ++taken;
            const quint64 noise = mix(traits ^ quint64(day.toJulianDay()) ^ (quint64(i) << 40));
            const qint64 base = lightQuantity(item.code) * (1 + qint64((traits >> (24 + i)) % 4));
            const qint64 percent = weekPercent * (80 + qint64(noise % 41)) / 100; // ±20 %
            const qint64 quantity = base * size * percent / 100;
            m_insert.bind(0, m_accountId)
                .bind(1, dayText)
                .bind(2, ws.seq)
                .bind(3, item.code)
                .bind(4, quantity * 10'000)
                .bind(5, recordedAt)
                .exec();
        }
    }
    return true;
}

} // namespace billing::server
