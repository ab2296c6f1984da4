// The settlement history against the real billing-center on loopback: the first page of the
// account's audit log (the demo account's 100 000 workspaces × 20 events = 2 000 000 events),
// of a period asked for the first time, and one workspace's history, each read and parsed as
// the desktop reads them.
#include "AuditFilter.h"
#include "BenchEnvironment.h"
#include "BenchTiming.h"
#include "Benchmarks.h"
#include "PageJob.h"
#include "SettlementEvent.h"

#include <QEventLoop>
#include <QJsonObject>

namespace billing::bench {
namespace {
// GETs one page and parses its events; the number parsed, or -1 when the request failed.
qsizetype readPage(BillingClient &client, const QString &path, const QUrlQuery &query)
{
    PageJob job(client, path, query, true);
    QEventLoop loop;
    QObject::connect(&job, &ApiJob::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
    if (!job.ok())
        return -1;
    qsizetype parsed = 0;
    for (const QJsonValue &item : job.items())
        parsed += SettlementEvent::fromJson(item.toObject()) ? 1 : 0;
    return parsed == job.items().size() ? parsed : -1;
}

} // namespace

void registerAuditBenchmarks(BenchEnvironment &environment, int repetitions)
{
    manualTime(benchmark::RegisterBenchmark(
                   "audit_page",
                   [&environment](benchmark::State &state) {
                       for (auto _ : state) {
                           QElapsedTimer timer;
                           timer.start();
                           const qsizetype events = readPage(
                               environment.client(), QStringLiteral("/api/v1/audit"),
                               QUrlQuery{{QStringLiteral("limit"), QStringLiteral("500")}});
                           setIterationTime(state, timer);
                           if (events != 500)
                               state.SkipWithError("the first page of the audit log failed");
                       }
                   }),
               repetitions);

    // A period asked for the first time: the server counts its events (the Activity tab's
    // default is the last 30 days; here the 30 days of the demo history before the other
    // benchmarks moved the clock). Each run moves the start by a second: a new filter.
    manualTime(benchmark::RegisterBenchmark(
                   "audit_period_page",
                   [&environment](benchmark::State &state) {
                       int run = 0;
                       for (auto _ : state) {
                           const QDateTime until = environment.seededAt();
                           AuditFilter period;
                           period.since = until.addDays(-30).addSecs(++run);
                           period.until = until;
                           QUrlQuery query = period.toQuery();
                           query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
                           QElapsedTimer timer;
                           timer.start();
                           const qsizetype events = readPage(
                               environment.client(), QStringLiteral("/api/v1/audit"), query);
                           setIterationTime(state, timer);
                           if (events < 0)
                               state.SkipWithError("the first page of a period failed");
                       }
                   }),
               repetitions);

    manualTime(benchmark::RegisterBenchmark(
                   "history_one",
                   [&environment](benchmark::State &state) {
                       const QList<Workspace> &all = environment.workspaces();
                       const QString id = all.at(all.size() / 2).id;
                       for (auto _ : state) {
                           QElapsedTimer timer;
                           timer.start();
                           const qsizetype events = readPage(
                               environment.client(),
                               QStringLiteral("/api/v1/workspaces/%1/history").arg(id), {});
                           setIterationTime(state, timer);
                           if (events < BenchEnvironment::kEventsPerWorkspace)
                               state.SkipWithError("the workspace's history failed");
                       }
                   }),
               repetitions);
}

} // namespace billing::bench
