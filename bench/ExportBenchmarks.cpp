// Writing the export files of every workspace (atomically, as File → Export does), and
// reading an .xlsx export back as a plan (File → Import plan…, issue 21).
#include "BenchEnvironment.h"
#include "BenchTiming.h"
#include "Benchmarks.h"
#include "PlanReader.h"
#include "WorkspaceExport.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

namespace billing::bench {
namespace {
ExportDocument everyWorkspace(BenchEnvironment &environment)
{
    ExportDocument document;
    document.server = environment.baseUrl();
    document.username = QStringLiteral("demo");
    document.exportedAt = QDateTime::currentDateTimeUtc();
    document.workspaces = environment.workspaces();
    return document;
}

void registerExport(const char *name, ExportFormat format, BenchEnvironment &environment,
                    int repetitions)
{
    manualTime(benchmark::RegisterBenchmark(
                   name,
                   [&environment, format](benchmark::State &state) {
                       QTemporaryDir dir;
                       const ExportDocument document = everyWorkspace(environment);
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
// The .xlsx export of every workspace (written once, not timed) read as a plan.
void registerXlsxImport(BenchEnvironment &environment, int repetitions)
{
    manualTime(
        benchmark::RegisterBenchmark(
            "import_xlsx",
            [&environment](benchmark::State &state) {
                QTemporaryDir dir;
                const QString path = dir.filePath(QStringLiteral("workspaces.xlsx"));
                QString error;
                if (!writeExport(path, ExportFormat::Xlsx, everyWorkspace(environment), &error)) {
                    state.SkipWithError(qPrintable(error));
                    return;
                }
                for (auto _ : state) {
                    QElapsedTimer timer;
                    timer.start();
                    const PlanReadResult read = PlanReader().readFile(path);
                    setIterationTime(state, timer);
                    if (!read.ok() || read.plan.rows.size() != environment.rows()) {
                        state.SkipWithError(qPrintable(QStringLiteral("%1 rows read, %2 issues")
                                                           .arg(read.plan.rows.size())
                                                           .arg(read.issues.size())));
                        return;
                    }
                }
            }),
        repetitions);
}
} // namespace

void registerExportBenchmarks(BenchEnvironment &environment, int repetitions)
{
    registerExport("export_csv", ExportFormat::Csv, environment, repetitions);
    registerExport("export_json", ExportFormat::Json, environment, repetitions);
    registerExport("export_xlsx", ExportFormat::Xlsx, environment, repetitions);
    registerXlsxImport(environment, repetitions);
}

} // namespace billing::bench
