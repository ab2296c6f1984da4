// The desktop process: start-up to the main window, and its memory with every row loaded.
// Each repetition starts billing-desk-probe afresh with an empty data folder (no settings,
// no offline copy) and, with --cold, after dropping the kernel's page cache (root only).
#include "BenchEnvironment.h"
#include "BenchTiming.h"
#include "Benchmarks.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace billing::bench {
namespace {
constexpr int kProbeLimitMs = 5 * 60 * 1000;

QString probePath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/billing-desk-probe");
}

// A cold start: needs root outside a container; the report says whether it worked.
bool dropPageCache()
{
    QFile control(QStringLiteral("/proc/sys/vm/drop_caches"));
    return control.open(QIODevice::WriteOnly) && control.write("1\n") == 2;
}

struct ProbeRun {
    double shownMs = -1;
    double loadedMs = -1;
    QList<QByteArray> memory; // rows, resident KiB, peak KiB
    QString error;
};

ProbeRun runProbe(BenchEnvironment &environment, bool memory, bool cold, bool *pageCacheDropped)
{
    ProbeRun run;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess probe;
    probe.setProcessEnvironment(env);
    probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments{QStringLiteral("--server"), environment.server().baseUrl().toString()};
    if (memory)
        arguments << QStringLiteral("--memory");
    *pageCacheDropped = cold && dropPageCache();

    QElapsedTimer timer;
    timer.start();
    probe.start(probePath(), arguments);
    probe.write(environment.token().toUtf8() + '\n');
    QByteArray output;
    while (probe.waitForReadyRead(kProbeLimitMs)) {
        output += probe.readAllStandardOutput();
        if (run.shownMs < 0 && output.contains("shown\n"))
            run.shownMs = msSince(timer);
        if (output.contains("memory ") && output.endsWith('\n')) {
            run.loadedMs = msSince(timer);
            break;
        }
        if (!memory && run.shownMs >= 0)
            break;
    }
    probe.waitForFinished(kProbeLimitMs);
    output += probe.readAllStandardOutput();
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("memory "))
            run.memory = line.split(' ').mid(1);
    }
    if (probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0 || run.shownMs < 0
        || (memory && run.memory.size() != 3))
        run.error = QStringLiteral("billing-desk-probe failed (exit %1): %2")
                        .arg(probe.exitCode())
                        .arg(QString::fromUtf8(output.trimmed()));
    return run;
}
} // namespace

void registerAppBenchmarks(BenchEnvironment &environment, int repetitions, bool cold)
{
    manualTime(benchmark::RegisterBenchmark("startup",
                                            [&environment, cold](benchmark::State &state) {
                                                for (auto _ : state) {
                                                    bool dropped = false;
                                                    const ProbeRun run = runProbe(
                                                        environment, false, cold, &dropped);
                                                    state.SetIterationTime(run.shownMs / 1000.0);
                                                    state.counters["page_cache_dropped"] = dropped;
                                                    if (!run.error.isEmpty())
                                                        state.SkipWithError(qPrintable(run.error));
                                                }
                                            }),
               repetitions);
    manualTime(benchmark::RegisterBenchmark(
                   "window_with_rows",
                   [&environment, cold](benchmark::State &state) {
                       for (auto _ : state) {
                           bool dropped = false;
                           const ProbeRun run = runProbe(environment, true, cold, &dropped);
                           if (!run.error.isEmpty()) {
                               state.SkipWithError(qPrintable(run.error));
                               return;
                           }
                           state.SetIterationTime(run.loadedMs / 1000.0);
                           state.counters["rows"] = run.memory.at(0).toDouble();
                           state.counters["rss_mb"] = run.memory.at(1).toDouble() / 1024;
                           state.counters["peak_mb"] = run.memory.at(2).toDouble() / 1024;
                           if (run.memory.at(0).toInt() != environment.rows())
                               state.SkipWithError("the window did not load every row");
                       }
                   }),
               repetitions);
}

} // namespace billing::bench
