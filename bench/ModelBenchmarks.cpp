// The table side: loading the list pages into the model, filtering and sorting, each next to
// what a plain QSortFilterProxyModel does with the same model.
#include "BenchEnvironment.h"
#include "BenchTiming.h"
#include "Benchmarks.h"
#include "StagedChanges.h"
#include "StagingCommands.h"
#include "WorkspaceFilterProxy.h"
#include "WorkspaceJsonReader.h"
#include "WorkspaceTableModel.h"

#include <QSortFilterProxyModel>
#include <QUndoStack>

#include <memory>

namespace billing::bench {
namespace {
// "pa" then "pay": demo names start with teams such as "payments"; "pa" also matches ids,
// "apm", "Sales", … so the second character starts from a large first result.
const QString kTyped = QStringLiteral("pa");
const QString kOneMore = QStringLiteral("pay");

// The model as WorkspaceSession holds it: staged changes attached, the proxy sorted by name.
struct LoadedTable {
    StagedChanges staged;
    WorkspaceTableModel model;
    WorkspaceFilterProxy proxy;

    explicit LoadedTable(const QList<Workspace> &workspaces = {})
    {
        model.setStagedChanges(&staged);
        proxy.setSourceModel(&model);
        proxy.sort(WorkspaceTableModel::NameColumn);
        if (!workspaces.isEmpty())
            model.setWorkspaces(workspaces);
    }
};

} // namespace

void registerModelBenchmarks(BenchEnvironment &environment, int repetitions)
{
    manualTime(benchmark::RegisterBenchmark(
                   "model_load",
                   [&environment](benchmark::State &state) {
                       for (auto _ : state) {
                           LoadedTable table;
                           QElapsedTimer timer;
                           timer.start();
                           WorkspaceJsonReader reader;
                           QList<Workspace> all;
                           for (const QByteArray &json : environment.rawPages()) {
                               WorkspacePage page;
                               if (!reader.readPage(json, &page)) {
                                   state.SkipWithError("a list page did not parse");
                                   return;
                               }
                               all += std::move(page.items);
                           }
                           table.model.setWorkspaces(std::move(all));
                           setIterationTime(state, timer);
                           if (table.proxy.rowCount() != environment.rows())
                               state.SkipWithError("the table does not show every row");
                       }
                   }),
               repetitions);

    auto table = std::make_shared<LoadedTable>(environment.workspaces());
    manualTime(benchmark::RegisterBenchmark("filter_first_keystroke",
                                            [table](benchmark::State &state) {
                                                for (auto _ : state) {
                                                    table->proxy.setFilterText({});
                                                    QElapsedTimer timer;
                                                    timer.start();
                                                    table->proxy.setFilterText(kTyped.left(1));
                                                    setIterationTime(state, timer);
                                                }
                                            }),
               repetitions);
    manualTime(benchmark::RegisterBenchmark("filter_keystroke",
                                            [table](benchmark::State &state) {
                                                for (auto _ : state) {
                                                    table->proxy.setFilterText(kTyped);
                                                    QElapsedTimer timer;
                                                    timer.start();
                                                    table->proxy.setFilterText(kOneMore);
                                                    setIterationTime(state, timer);
                                                    state.counters["shown"] =
                                                        table->proxy.rowCount();
                                                    table->proxy.setFilterText({});
                                                }
                                            }),
               repetitions);
    manualTime(
        benchmark::RegisterBenchmark("sort",
                                     [table](benchmark::State &state) {
                                         for (auto _ : state) {
                                             table->proxy.sort(WorkspaceTableModel::StatusColumn);
                                             QElapsedTimer timer;
                                             timer.start();
                                             table->proxy.sort(WorkspaceTableModel::NameColumn);
                                             setIterationTime(state, timer);
                                         }
                                     }),
        repetitions);

    // Staging a selection of 10 000 rows as the dialog does (one undoable command), with the
    // table and its sorted proxy following.
    manualTime(benchmark::RegisterBenchmark(
                   "stage_10k",
                   [table](benchmark::State &state) {
                       const QList<Workspace> selection = table->model.workspaces().mid(
                           0, qMin<qsizetype>(10000, table->model.rowCount()));
                       SettlementChange target;
                       target.method = SettlementMethod::Azure;
                       for (auto _ : state) {
                           QUndoStack undo;
                           QElapsedTimer timer;
                           timer.start();
                           undo.push(new StageChangesCommand(table->staged, selection, target));
                           setIterationTime(state, timer);
                           state.counters["staged"] = double(table->staged.size());
                           table->staged.clear();
                       }
                   }),
               repetitions);

    // The obvious alternative: a plain QSortFilterProxyModel on the same model, filtering
    // the name column with a case-insensitive regular expression.
    auto baseline = std::make_shared<QSortFilterProxyModel>();
    baseline->setSourceModel(&table->model);
    baseline->setFilterKeyColumn(WorkspaceTableModel::NameColumn);
    baseline->setFilterCaseSensitivity(Qt::CaseInsensitive);
    baseline->setSortRole(Qt::DisplayRole);
    manualTime(benchmark::RegisterBenchmark("filter_keystroke_baseline",
                                            [baseline, table](benchmark::State &state) {
                                                for (auto _ : state) {
                                                    baseline->setFilterRegularExpression(
                                                        QRegularExpression::escape(kTyped));
                                                    QElapsedTimer timer;
                                                    timer.start();
                                                    baseline->setFilterRegularExpression(
                                                        QRegularExpression::escape(kOneMore));
                                                    setIterationTime(state, timer);
                                                    state.counters["shown"] = baseline->rowCount();
                                                    baseline->setFilterRegularExpression(QString());
                                                }
                                            }),
               repetitions);
    manualTime(benchmark::RegisterBenchmark("sort_baseline",
                                            [baseline](benchmark::State &state) {
                                                for (auto _ : state) {
                                                    baseline->sort(
                                                        WorkspaceTableModel::StatusColumn);
                                                    QElapsedTimer timer;
                                                    timer.start();
                                                    baseline->sort(WorkspaceTableModel::NameColumn);
                                                    setIterationTime(state, timer);
                                                }
                                            }),
               repetitions);
}

} // namespace billing::bench
