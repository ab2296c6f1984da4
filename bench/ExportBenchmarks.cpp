// Writing the export files of every workspace (atomically, as File → Export does).
#include "BenchEnvironment.h"
#include "BenchTiming.h"
#include "Benchmarks.h"
#include "WorkspaceExport.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

namespace billing::bench {
namespace {
void registerExport(const char *name, ExportFormat format, BenchEnvironment &environment,
                    int repetitions)
{
    manualTime(benchmark::RegisterBenchmark(
                   name,
                   [&environment, format](benchmark::State &state) {
                       QTemporaryDir dir;
                       ExportDocument document;
                       document.server = environment.server().baseUrl();
                       document.username = QStringLiteral("demo");
                       document.exportedAt = QDateTime::currentDateTimeUtc();
                       document.workspaces = environment.workspaces();
                       const QString path =
                           dir.filePath(QStringLiteral("workspaces.") + toWire(format));
                       for (auto _ : state) {
                           QString error;
                           QElapsedTimer timer;
                           timer.start();
                           const bool written = writeExport(path, format, document, &error);
                           setIterationTime(state, timer);
                           state.counters["MiB"] = double(QFileInfo(path).size()) / (1 << 20);
                           if (!written)
                               state.SkipWithError(qPrintable(error));
                       }
                   }),
               repetitions);
}
} // namespace

void registerExportBenchmarks(BenchEnvironment &environment, int repetitions)
{
    registerExport("export_csv", ExportFormat::Csv, environment, repetitions);
    registerExport("export_json", ExportFormat::Json, environment, repetitions);
}

} // namespace billing::bench
