// billing-bench: the performance figures of issue 8 (docs/performance.md). Starts the real
// billing-center with the demo account, runs the Google Benchmark cases of bench/*.cpp
// (each a median of repeated runs) and prints the table; --json FILE writes the figures.
//   billing-bench [--rows N | --quick] [--repetitions R] [--json FILE] [--require-targets] [--cold]
//                 [--engine sqlite|postgresql] [--processes N]
//                 [--benchmark_* options of Google Benchmark]
#include "BenchEnvironment.h"
#include "BenchReport.h"
#include "Benchmarks.h"
#include "WanFixture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>

#include <cstdio>
#include <string>
#include <vector>

using namespace billing::bench;

namespace {
struct Options {
    int rows = 100000;
    int repetitions = 5;
    bool quick = false;
    bool requireTargets = false;
    bool cold = false;
    QString json;
    QString engine = QStringLiteral("sqlite");
    int processes = 1;
    std::vector<char *> benchmarkArguments; // argv[0] and Google Benchmark's own options
};

Options parse(int argc, char **argv)
{
    Options options;
    options.benchmarkArguments.push_back(argv[0]);
    bool rowsGiven = false, repetitionsGiven = false;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        const bool hasValue = i + 1 < argc;
        if (argument == "--quick") {
            options.quick = true;
        } else if (argument == "--cold") {
            options.cold = true;
        } else if (argument == "--require-targets") {
            options.requireTargets = true;
        } else if (argument == "--rows" && hasValue) {
            options.rows = std::stoi(argv[++i]);
            rowsGiven = true;
        } else if (argument == "--repetitions" && hasValue) {
            options.repetitions = std::stoi(argv[++i]);
            repetitionsGiven = true;
        } else if (argument == "--engine" && hasValue) {
            options.engine = QString::fromLocal8Bit(argv[++i]);
        } else if (argument == "--processes" && hasValue) {
            options.processes = std::stoi(argv[++i]);
        } else if (argument == "--json" && hasValue) {
            options.json = QString::fromLocal8Bit(argv[++i]);
        } else {
            options.benchmarkArguments.push_back(argv[i]);
        }
    }
    if (options.quick && !rowsGiven)
        options.rows = 10000;
    if (options.quick && !repetitionsGiven)
        options.repetitions = 3;
    return options;
}

QString cpuModel()
{
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

// Issue 20: each figure on the shaped network with its bytes on the wire.
void fillWan(BenchReport &report, const CollectingReporter &runs)
{
    struct Keys {
        const char *benchmark, *ms, *down, *up;
    };
    static const Keys wan[] = {
        {"cold_load_wan", "cold_load_wan_ms", "cold_load_wan_bytes_down", "cold_load_wan_bytes_up"},
        {"warm_start_wan", "warm_start_wan_ms", "warm_start_wan_bytes_down",
         "warm_start_wan_bytes_up"},
        {"warm_sync_wan", "warm_sync_wan_ms", "warm_sync_wan_bytes_down", "warm_sync_wan_bytes_up"},
        {"bulk_apply_wan", "bulk_apply_10k_wan_ms", "bulk_apply_10k_wan_bytes_down",
         "bulk_apply_10k_wan_bytes_up"},
        {"bulk_apply_wan_n1", "bulk_apply_10k_wan_n1_ms", nullptr, nullptr},
        {"bulk_apply_wan_n2", "bulk_apply_10k_wan_n2_ms", nullptr, nullptr},
        {"bulk_apply_wan_n4", "bulk_apply_10k_wan_n4_ms", nullptr, nullptr},
        {"bulk_apply_wan_n8", "bulk_apply_10k_wan_n8_ms", nullptr, nullptr},
    };
    for (const Keys &keys : wan) {
        const QString benchmark = QString::fromLatin1(keys.benchmark);
        if (const auto value = runs.medianTime(benchmark))
            report.set(keys.ms, *value);
        if (!keys.down)
            continue;
        if (const auto down = runs.medianCounter(benchmark, QStringLiteral("bytes_down")))
            report.set(keys.down, *down);
        if (const auto up = runs.medianCounter(benchmark, QStringLiteral("bytes_up")))
            report.set(keys.up, *up);
    }
}

void fill(BenchReport &report, const CollectingReporter &runs, const Options &options)
{
    const auto time = [&](const char *key, const char *benchmark) {
        if (const auto value = runs.medianTime(QString::fromLatin1(benchmark)))
            report.set(key, *value);
    };
    time("model_load_100k_ms", "model_load");
    time("filter_first_keystroke_100k_ms", "filter_first_keystroke");
    time("filter_keystroke_100k_ms", "filter_keystroke");
    time("filter_keystroke_100k_baseline_ms", "filter_keystroke_baseline");
    time("sort_100k_ms", "sort");
    time("sort_100k_baseline_ms", "sort_baseline");
    time("stage_10k_ms", "stage_10k");
    time("bulk_apply_10k_ms", "bulk_apply");
    time("sequential_apply_1k_ms", "sequential_apply");
    time("server_list_100k_ms", "server_list");
    time("audit_page_100k_ms", "audit_page");
    time("audit_period_page_100k_ms", "audit_period_page");
    time("history_one_ms", "history_one");
    time("export_csv_100k_ms", "export_csv");
    time("export_json_100k_ms", "export_json");
    time("export_xlsx_100k_ms", "export_xlsx");
    time("import_xlsx_100k_ms", "import_xlsx");
    time("startup_ms", "startup");
    time("settle_day_100k_ms", "settle_day");
    time("bill_month_ms", "bill_month");
    if (const auto slowest =
            runs.medianCounter(QStringLiteral("settle_day"), QStringLiteral("list_max_ms")))
        report.set("settle_day_list_max_ms", *slowest);
    if (const auto slowest =
            runs.medianCounter(QStringLiteral("settle_day"), QStringLiteral("write_max_ms")))
        report.set("settle_day_write_max_ms", *slowest);
    if (const auto cpu = runs.medianCounter(QStringLiteral("settle_day"), QStringLiteral("cpu_ms")))
        report.set("settle_day_100k_cpu_ms", *cpu);
    if (const auto lines =
            runs.medianCounter(QStringLiteral("settle_day"), QStringLiteral("lines")))
        report.setInfo(QStringLiteral("settle_day_lines"), *lines);
    time("window_load_100k_ms", "window_with_rows");
    time("costs_load_100k_ms", "costs_load");
    fillWan(report, runs);

    const auto bulk = runs.medianTime(QStringLiteral("bulk_apply"));
    const auto bulkChanges =
        runs.medianCounter(QStringLiteral("bulk_apply"), QStringLiteral("changes"));
    const auto sequential = runs.medianTime(QStringLiteral("sequential_apply"));
    const auto sequentialChanges =
        runs.medianCounter(QStringLiteral("sequential_apply"), QStringLiteral("changes"));
    if (bulk && bulkChanges && sequential && sequentialChanges && *bulk > 0 && *bulkChanges > 0
        && *sequentialChanges > 0) {
        report.set("bulk_speedup", (*sequential / *sequentialChanges) / (*bulk / *bulkChanges));
        report.setInfo(QStringLiteral("bulk_changes"), *bulkChanges);
        report.setInfo(QStringLiteral("sequential_changes"), *sequentialChanges);
    }
    const QString window = QStringLiteral("window_with_rows");
    if (const auto rss = runs.medianCounter(window, QStringLiteral("rss_mb")))
        report.set("rss_100k_mb", *rss);
    if (const auto peak = runs.medianCounter(window, QStringLiteral("peak_mb")))
        report.set("rss_peak_100k_mb", *peak);
    if (const auto dropped =
            runs.medianCounter(QStringLiteral("startup"), QStringLiteral("page_cache_dropped")))
        report.setInfo(QStringLiteral("startup_page_cache_dropped"), *dropped > 0);

    report.setInfo(QStringLiteral("rows"), options.rows);
    report.setInfo(QStringLiteral("engine"), options.engine);
    report.setInfo(QStringLiteral("processes"), options.processes);
    report.setInfo(QStringLiteral("quick"), options.quick);
    report.setInfo(QStringLiteral("repetitions"), options.repetitions);
    report.setInfo(QStringLiteral("statistic"), QStringLiteral("median"));
    report.setInfo(QStringLiteral("machine"), QStringLiteral("%1, %2 logical CPUs, %3")
                                                  .arg(cpuModel())
                                                  .arg(QThread::idealThreadCount())
                                                  .arg(QSysInfo::prettyProductName()));
    report.setInfo(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
    report.setInfo(QStringLiteral("wan_round_trip_ms"), WanFixture::kRoundTripMs);
    report.setInfo(QStringLiteral("wan_bits_per_second"), double(WanFixture::kBitsPerSecond));
    report.setInfo(QStringLiteral("measuredAt"),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}
} // namespace

int main(int argc, char **argv)
{
    Options options = parse(argc, argv);
    QCoreApplication app(argc, argv);
    int benchmarkArgc = int(options.benchmarkArguments.size());
    benchmark::Initialize(&benchmarkArgc, options.benchmarkArguments.data());
    if (benchmark::ReportUnrecognizedArguments(benchmarkArgc, options.benchmarkArguments.data()))
        return 2;

    QString layoutError;
    const auto layout =
        billing::test::ServerFarm::parse(options.engine, options.processes, &layoutError);
    if (!layout) {
        std::fprintf(stderr, "billing-bench: %s\n", qPrintable(layoutError));
        return 2;
    }
    std::fprintf(stderr, "billing-bench: %d workspaces%s, %d repetitions per figure\n",
                 options.rows, options.quick ? " (--quick)" : "", options.repetitions);
    BenchEnvironment environment(options.rows, *layout);
    if (!environment.setUp()) {
        std::fprintf(stderr, "billing-bench: %s\n", qPrintable(environment.error()));
        return 1;
    }
    std::fprintf(stderr, "billing-bench: serving: %s\n", qPrintable(environment.describeServers()));
    registerModelBenchmarks(environment, options.repetitions);
    registerExportBenchmarks(environment, options.repetitions);
    registerServerBenchmarks(environment, options.repetitions);
    registerAuditBenchmarks(environment, options.repetitions);
    registerSettlementBenchmarks(environment, options.repetitions);
    registerCostsBenchmarks(environment, options.repetitions);
    registerAppBenchmarks(environment, options.repetitions, options.cold);
    registerWanBenchmarks(environment, options.repetitions);

    CollectingReporter runs;
    benchmark::RunSpecifiedBenchmarks(&runs);
    // The cases' shared state (the WAN cases' proxy thread) goes while the application lives.
    benchmark::ClearRegisteredBenchmarks();
    benchmark::Shutdown();

    BenchReport report;
    fill(report, runs, options);
    std::printf("\n%s\n", qPrintable(report.table()));
    if (!options.json.isEmpty()) {
        QFile file(options.json);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(QJsonDocument(report.toJson()).toJson()) < 0) {
            std::fprintf(stderr, "billing-bench: cannot write %s\n", qPrintable(options.json));
            return 1;
        }
    }
    for (const QString &failure : runs.failures())
        std::fprintf(stderr, "billing-bench: FAILED %s\n", qPrintable(failure));
    const QStringList missed = report.missedTargets();
    if (!missed.isEmpty())
        std::fprintf(stderr, "billing-bench: targets missed: %s\n", qPrintable(missed.join(", ")));
    if (!runs.failures().isEmpty())
        return 1;
    return options.requireTargets && !missed.isEmpty() ? 3 : 0;
}
