#include "BenchReport.h"

#include <QStringList>

#include <algorithm>

namespace billing::bench {
namespace {
using Goal = Figure::Goal;

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

bool meets(const Figure &figure, double value)
{
    switch (figure.goal) {
    case Goal::AtMost:
        return value <= figure.target;
    case Goal::AtLeast:
        return value >= figure.target;
    case Goal::Report:
        return true;
    }
    return true;
}
} // namespace

const std::vector<Figure> &figures()
{
    static const std::vector<Figure> all{
        {"model_load_100k_ms", "parse the list pages and load the table model", Goal::AtMost, 400},
        {"filter_keystroke_100k_ms", "re-filter after one more character", Goal::AtMost, 16},
        {"filter_keystroke_100k_baseline_ms", "same, QSortFilterProxyModel + regex"},
        {"filter_first_keystroke_100k_ms", "first character (scans every row)"},
        {"sort_100k_ms", "sort by name", Goal::AtMost, 150},
        {"sort_100k_baseline_ms", "same, QSortFilterProxyModel"},
        {"stage_10k_ms", "stage 10 000 rows of the 100 000 (one undo step)"},
        {"bulk_apply_10k_ms", "bulk engine, 10 000 changes to the server", Goal::AtMost, 5000},
        {"sequential_apply_1k_ms", "1 000 changes, one PUT at a time"},
        {"bulk_speedup", "per-change speed-up of the bulk engine", Goal::AtLeast, 20},
        {"server_list_100k_ms", "fetch every workspace through paging", Goal::AtMost, 1500},
        {"audit_page_100k_ms", "first page (500) of a 2 000 000-event audit log", Goal::AtMost, 50},
        {"audit_period_page_100k_ms", "first page of a period asked for the first time (counted)",
         Goal::AtMost, 100},
        {"history_one_ms", "one workspace's history (20 events)", Goal::AtMost, 10},
        {"export_csv_100k_ms", "write the CSV export", Goal::AtMost, 300},
        {"export_json_100k_ms", "write the JSON export", Goal::AtMost, 300},
        {"export_xlsx_100k_ms", "write the XLSX export (issue 21)", Goal::AtMost, 1500},
        {"import_xlsx_100k_ms", "read the XLSX export as a plan (issue 21)", Goal::AtMost, 1500},
        {"startup_ms", "process start to main window shown", Goal::AtMost, 500},
        {"rss_100k_mb", "resident memory, rows loaded in the window", Goal::AtMost, 150},
        {"rss_peak_100k_mb", "peak resident memory while loading"},
        {"settle_day_100k_ms", "settle one day of 100 000 workspaces × 6 items", Goal::AtMost,
         15000},
        {"settle_day_100k_cpu_ms", "the same, CPU time of the settlement thread"},
        {"settle_day_list_max_ms", "slowest GET /workspaces (500) while a day is settled",
         Goal::AtMost, 200},
        {"settle_day_write_max_ms", "slowest POST /workspaces while a day is settled", Goal::AtMost,
         200},
        {"bill_month_ms", "the month's statement of that account", Goal::AtMost, 300},
        {"costs_load_100k_ms", "Costs tab: fetch, parse and model a month's workspace costs",
         Goal::AtMost, 1500},
        // Issue 20: through the shaping proxy, 40 ms round trip and 50 Mbit/s each way.
        {"cold_load_wan_ms", "WAN: first start (no offline copy) to every row", Goal::AtMost, 3000},
        {"cold_load_wan_bytes_down", "WAN: bytes to the client, cold load"},
        {"cold_load_wan_bytes_up", "WAN: bytes to the server, cold load"},
        {"warm_start_wan_ms", "WAN: start to the offline copy's rows shown", Goal::AtMost, 400},
        {"warm_start_wan_bytes_down", "WAN: bytes to the client until then"},
        {"warm_start_wan_bytes_up", "WAN: bytes to the server until then"},
        {"warm_sync_wan_ms", "WAN: start to in sync, 500 changed on the server", Goal::AtMost,
         1000},
        {"warm_sync_wan_bytes_down", "WAN: bytes to the client, warm sync"},
        {"warm_sync_wan_bytes_up", "WAN: bytes to the server, warm sync"},
        {"bulk_apply_10k_wan_ms", "WAN: bulk engine, 10 000 changes", Goal::AtMost, 1500},
        {"bulk_apply_10k_wan_bytes_down", "WAN: bytes to the client, bulk apply"},
        {"bulk_apply_10k_wan_bytes_up", "WAN: bytes to the server, bulk apply"},
        {"bulk_apply_10k_wan_n1_ms", "WAN: the same, 1 chunk in flight"},
        {"bulk_apply_10k_wan_n2_ms", "WAN: the same, 2 chunks in flight"},
        {"bulk_apply_10k_wan_n4_ms", "WAN: the same, 4 chunks in flight"},
        {"bulk_apply_10k_wan_n8_ms", "WAN: the same, 8 chunks in flight"},
    };
    return all;
}

void CollectingReporter::ReportRuns(const std::vector<Run> &runs)
{
    for (const Run &run : runs) {
        if (run.run_type != Run::RT_Iteration)
            continue;
        const QString name = QString::fromStdString(run.run_name.function_name);
        if (run.error_occurred) {
            m_failures << name + QStringLiteral(": ") + QString::fromStdString(run.error_message);
            continue;
        }
        // Manual time, converted by the run's own unit to milliseconds.
        const double ms =
            run.GetAdjustedRealTime() * (1000.0 / benchmark::GetTimeUnitMultiplier(run.time_unit));
        m_times[name].push_back(ms);
        for (const auto &[counter, value] : run.counters)
            m_counters[name][QString::fromStdString(counter)].push_back(value.value);
    }
    ConsoleReporter::ReportRuns(runs);
}

std::optional<double> CollectingReporter::medianTime(const QString &benchmark) const
{
    return median(m_times.value(benchmark));
}

std::optional<double> CollectingReporter::medianCounter(const QString &benchmark,
                                                        const QString &counter) const
{
    return median(m_counters.value(benchmark).value(counter));
}

QJsonObject BenchReport::toJson() const
{
    QJsonObject object = m_info;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        object.insert(it.key(), qRound64(it.value() * 100) / 100.0);
    return object;
}

QString BenchReport::table() const
{
    QStringList lines;
    lines << QStringLiteral("%1 %2 %3  %4")
                 .arg(QStringLiteral("key"), -36)
                 .arg(QStringLiteral("median"), 10)
                 .arg(QStringLiteral("target"), 10)
                 .arg(QStringLiteral("what"));
    for (const Figure &figure : figures()) {
        const QString key = QString::fromLatin1(figure.key);
        const bool measured = m_values.contains(key);
        const double value = m_values.value(key);
        QString target = QStringLiteral("report");
        if (figure.goal != Goal::Report)
            target = (figure.goal == Goal::AtMost ? QStringLiteral("<= ") : QStringLiteral(">= "))
                     + QString::number(figure.target);
        QString verdict;
        if (figure.goal != Goal::Report)
            verdict = !measured              ? QStringLiteral("  NOT MEASURED")
                      : meets(figure, value) ? QStringLiteral("  ok")
                                             : QStringLiteral("  MISSED");
        lines << QStringLiteral("%1 %2 %3  %4%5")
                     .arg(key, -36)
                     .arg(measured ? QString::number(value, 'f', 2) : QStringLiteral("-"), 10)
                     .arg(target, 10)
                     .arg(QString::fromLatin1(figure.what), verdict);
    }
    return lines.join(u'\n');
}

QStringList BenchReport::missedTargets() const
{
    QStringList missed;
    for (const Figure &figure : figures()) {
        const QString key = QString::fromLatin1(figure.key);
        if (figure.goal != Goal::Report
            && (!m_values.contains(key) || !meets(figure, m_values.value(key))))
            missed << key;
    }
    return missed;
}

} // namespace billing::bench
