// The Costs tab's load (issue 17): a month's cost per workspace for every workspace of the
// account, fetched page by page, parsed and put into the table model.
#include "BenchEnvironment.h"
#include "BenchTiming.h"
#include "Benchmarks.h"
#include "BillingCatalogue.h"
#include "WorkspaceCostFilterProxy.h"
#include "WorkspaceCostListJob.h"
#include "WorkspaceCostTableModel.h"

#include "ApiHelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

#include <memory>

namespace billing::bench {
namespace {
constexpr int kRecordsPerRequest = 5000; // the most POST /api/v1/usage takes
constexpr int kLoadWaitMs = 120000;
const QByteArray kCollectorKey = "sandbox-collector"; // the sandbox's collector key

// How many workspaces have a cost in `month`; -1 when the server does not say.
qint64 workspacesWithCost(test::HttpClient &http, const QString &month)
{
    const test::HttpReply reply = http.get(QStringLiteral("/api/v1/bills/%1/workspaces").arg(month),
                                           {{QStringLiteral("limit"), QStringLiteral("1")}});
    return reply.status == 200 ? reply.json.object().value(u"total").toInteger(-1) : -1;
}

// A month in which every workspace of the account has a cost: the one settle_day filled (the
// day before the server's), when it ran; otherwise every workspace gets usage of two items
// (offered on every site) on the server's current billing day and the clock moves past that
// day's end so that it is settled. Returns the month, or empty with *error.
QString prepareMonth(BenchEnvironment &environment, QString *error)
{
    test::HttpClient &http = environment.http();
    const QDateTime now = test::serverNow(http, error);
    if (!error->isEmpty())
        return {};
    const QDate day = now.toUTC().addSecs(8 * 3600).date(); // the Beijing-time billing day
    const QString settled = day.addDays(-1).toString(QStringLiteral("yyyy-MM"));
    if (workspacesWithCost(http, settled) == environment.rows())
        return settled;
    if (!environment.restoreWorkspaces()) {
        *error = environment.error();
        return {};
    }
    const QStringList items{QStringLiteral("logs"), QStringLiteral("rum_pv")};
    QJsonArray records;
    const auto flush = [&] {
        if (records.isEmpty())
            return true;
        const test::HttpReply reply =
            http.post(QStringLiteral("/api/v1/usage"), {{QStringLiteral("records"), records}},
                      {{"Authorization", "Bearer " + kCollectorKey}});
        records = {};
        if (reply.status != 200 || reply.body.contains("rejected")) {
            *error = QStringLiteral("POST /api/v1/usage answered %1: %2")
                         .arg(reply.status)
                         .arg(QString::fromUtf8(reply.body.left(300)));
            return false;
        }
        return true;
    };
    int index = 0;
    for (const Workspace &workspace : environment.workspaces()) {
        for (const QString &item : items) {
            records.append(QJsonObject{
                {QStringLiteral("workspaceId"), workspace.id},
                {QStringLiteral("item"), item},
                {QStringLiteral("day"), day.toString(Qt::ISODate)},
                {QStringLiteral("quantity"), QString::number(1000 + (index * 7919) % 5000000)}});
            if (records.size() == kRecordsPerRequest && !flush())
                return {};
        }
        ++index;
    }
    if (!flush())
        return {};
    // 00:00:30 Beijing time (UTC+8) of the next day settles `day`.
    const QDateTime next(day, QTime(16, 0, 30), Qt::UTC);
    if (!environment.setServerClock(next)) {
        *error = environment.error();
        return {};
    }
    if (!environment.waitUntilSettled(day)) {
        *error = environment.error();
        return {};
    }
    return day.toString(QStringLiteral("yyyy-MM"));
}
} // namespace

void registerCostsBenchmarks(BenchEnvironment &environment, int repetitions)
{
    auto month = std::make_shared<QString>();
    manualTime(benchmark::RegisterBenchmark(
                   "costs_load",
                   [&environment, month](benchmark::State &state) {
                       if (month->isEmpty()) {
                           QString error;
                           *month = prepareMonth(environment, &error);
                           if (month->isEmpty()) {
                               state.SkipWithError(qPrintable(error));
                               return;
                           }
                       }
                       for (auto _ : state) {
                           // As the Costs tab holds it: the model behind its sorted proxy.
                           WorkspaceCostTableModel model(BillingCatalogue::builtIn());
                           WorkspaceCostFilterProxy proxy(model);
                           proxy.sort(WorkspaceCostTableModel::TotalColumn, Qt::DescendingOrder);
                           QElapsedTimer timer;
                           timer.start();
                           WorkspaceCostListJob job(environment.client(),
                                                    BillingCatalogue::builtIn(), *month);
                           QSignalSpy finished(&job, &PagedListJob::finished);
                           job.start();
                           const bool done = finished.wait(kLoadWaitMs);
                           if (done && job.ok())
                               model.setCosts(job.takeCosts(), QStringLiteral("CNY"));
                           setIterationTime(state, timer);
                           if (!done || !job.ok() || model.rowCount() != environment.rows())
                               state.SkipWithError(
                                   qPrintable(QStringLiteral("%1 of %2 workspaces loaded")
                                                  .arg(model.rowCount())
                                                  .arg(environment.rows())));
                       }
                   }),
               repetitions);
}

} // namespace billing::bench
