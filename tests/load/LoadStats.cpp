#include "LoadStats.h"

#include <algorithm>

namespace billing::load {
namespace {
double percentileMs(QList<qint64> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, qsizetype(fraction * double(values.size())));
    return double(values.at(index)) / 1000.0;
}
} // namespace

void LoadStats::record(const QString &kind, qint64 latencyUs, const QString &outcome,
                       bool contractual)
{
    Kind &entry = m_kinds[kind];
    entry.latenciesUs.append(latencyUs);
    ++entry.outcomes[outcome];
    if (!contractual)
        ++m_nonContract[kind + u' ' + outcome];
}

qint64 LoadStats::requests() const
{
    qint64 total = 0;
    for (const Kind &kind : m_kinds)
        total += kind.latenciesUs.size();
    return total;
}

qint64 LoadStats::nonContractErrors() const
{
    qint64 total = 0;
    for (const qint64 count : m_nonContract)
        total += count;
    return total;
}

QString LoadStats::report() const
{
    const double seconds = qMax(m_seconds, 0.001);
    QStringList lines;
    lines << QStringLiteral("duration %1 s, %2 requests, %3 req/s")
                 .arg(seconds, 0, 'f', 1)
                 .arg(requests())
                 .arg(double(requests()) / seconds, 0, 'f', 1);
    lines << QStringLiteral("%1 %2 %3 %4 %5  outcomes")
                 .arg(u"kind"_qs, -28)
                 .arg(u"count"_qs, 7)
                 .arg(u"req/s"_qs, 8)
                 .arg(u"p50 ms"_qs, 8)
                 .arg(u"p99 ms"_qs, 8);
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it) {
        QStringList outcomes;
        for (auto o = it->outcomes.cbegin(); o != it->outcomes.cend(); ++o)
            outcomes << QStringLiteral("%1×%2").arg(o.value()).arg(o.key());
        lines << QStringLiteral("%1 %2 %3 %4 %5  %6")
                     .arg(it.key(), -28)
                     .arg(it->latenciesUs.size(), 7)
                     .arg(double(it->latenciesUs.size()) / seconds, 8, 'f', 1)
                     .arg(percentileMs(it->latenciesUs, 0.50), 8, 'f', 2)
                     .arg(percentileMs(it->latenciesUs, 0.99), 8, 'f', 2)
                     .arg(outcomes.join(u", "_qs));
    }
    for (auto it = m_tallies.cbegin(); it != m_tallies.cend(); ++it) {
        QStringList outcomes;
        for (auto o = it->cbegin(); o != it->cend(); ++o)
            outcomes << QStringLiteral("%1×%2").arg(o.value()).arg(o.key());
        lines << QStringLiteral("%1: %2").arg(it.key(), outcomes.join(u", "_qs));
    }
    lines << QStringLiteral("non-contract errors: %1").arg(nonContractErrors());
    for (auto it = m_nonContract.cbegin(); it != m_nonContract.cend(); ++it)
        lines << QStringLiteral("  %1×%2").arg(it.value()).arg(it.key());
    lines << QStringLiteral("consistency failures: %1").arg(m_failures.size());
    for (const QString &failure : m_failures.mid(0, 20))
        lines << u"  "_qs + failure;
    return lines.join(u'\n');
}

QString LoadStats::sideBySide(const QStringList &logins, const QStringList &reads) const
{
    QStringList lines{QStringLiteral("log-ins beside reads (ms):")};
    lines << QStringLiteral("  %1 %2 %3 %4")
                 .arg(u"kind"_qs, -30)
                 .arg(u"count"_qs, 7)
                 .arg(u"p50"_qs, 8)
                 .arg(u"p99"_qs, 8);
    for (const QString &kind : logins + reads) {
        const auto it = m_kinds.constFind(kind);
        if (it == m_kinds.cend())
            continue;
        lines << QStringLiteral("  %1 %2 %3 %4")
                     .arg(kind, -30)
                     .arg(it->latenciesUs.size(), 7)
                     .arg(percentileMs(it->latenciesUs, 0.50), 8, 'f', 2)
                     .arg(percentileMs(it->latenciesUs, 0.99), 8, 'f', 2);
    }
    return lines.join(u'\n');
}

} // namespace billing::load
