#pragma once

#include <benchmark/benchmark.h>

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <vector>

namespace billing::bench {

// One figure of the report: a key of `scripts/bench --json`, its target and what it means.
struct Figure {
    const char *key;
    const char *what;
    enum class Goal { AtMost, AtLeast, Report } goal = Goal::Report;
    double target = 0;
};
const std::vector<Figure> &figures();

// Collects every repetition of every benchmark (manual time in ms, and the counters) while
// showing Google Benchmark's usual console output, then turns them into medians per key.
class CollectingReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override;

    // The median of the repetitions of `benchmark` (its manual time, or a counter).
    std::optional<double> medianTime(const QString &benchmark) const;
    std::optional<double> medianCounter(const QString &benchmark, const QString &counter) const;
    QStringList failures() const { return m_failures; }

private:
    QMap<QString, std::vector<double>> m_times;
    QMap<QString, QMap<QString, std::vector<double>>> m_counters;
    QStringList m_failures;
};

// The figures gathered into the JSON object of the issue, plus the table printed at the end.
class BenchReport
{
public:
    void set(const char *key, double value) { m_values.insert(QString::fromLatin1(key), value); }
    void setInfo(const QString &key, const QJsonValue &value) { m_info.insert(key, value); }
    QJsonObject toJson() const;
    QString table() const;
    // Keys with a target that the figures miss (or that were not measured).
    QStringList missedTargets() const;

private:
    QMap<QString, double> m_values;
    QJsonObject m_info;
};

} // namespace billing::bench
