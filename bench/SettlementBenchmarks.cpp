// The daily settlement against the real billing-center on loopback (issue 17): one billing day
// of the demo account's workspaces (100 000 by default) × 6 items, settled on the server's
// settlement thread while GET /api/v1/workspaces and a write (a new workspace of another account)
// keep being asked in turn (the slowest answer of each is reported), and the month's statement of
// that account.
#include "ApiHelpers.h"
#include "BenchEnvironment.h"
#include "BenchTiming.h"
#include "Benchmarks.h"
#include "UsageRecords.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace billing::bench {
namespace {
constexpr int kRecordsPerRequest = 5000;
constexpr qint64 kSettleLimitMs = 10 * 60 * 1000;
// Offered on every site in both currencies (sms is not).
const QStringList kItems{QStringLiteral("timeseries"), QStringLiteral("logs"),
                         QStringLiteral("apm_traces"), QStringLiteral("apm_profiles"),
                         QStringLiteral("rum_pv"),     QStringLiteral("task_calls")};

QDate beijingDay(const QDateTime &time)
{
    return time.toUTC().addSecs(8 * 3600).date();
}

// Usage of every workspace and item for `day`; an error message, or empty.
QString sendDayOfUsage(BenchEnvironment &environment, const QDate &day)
{
    QJsonArray records;
    const QString dayText = day.toString(Qt::ISODate);
    qint64 n = 0;
    for (const Workspace &workspace : environment.workspaces()) {
        for (const QString &item : kItems) {
            records.append(QJsonObject{{QStringLiteral("workspaceId"), workspace.id},
                                       {QStringLiteral("item"), item},
                                       {QStringLiteral("day"), dayText},
                                       {QStringLiteral("quantity"), QString::number(1000 + ++n)}});
            if (records.size() == kRecordsPerRequest) {
                if (const QString error = test::postUsage(environment.http(), records);
                    !error.isEmpty())
                    return error;
                records = {};
            }
        }
    }
    return records.isEmpty() ? QString() : test::postUsage(environment.http(), records);
}

// Another account, so that the writes leave the demo account's 100 000 workspaces alone.
struct Writer {
    QString username;
    QString password;
    QString error;
};

Writer registerWriter(BenchEnvironment &environment)
{
    const test::Session session =
        test::registerAccount(environment.http(), test::uniqueName(QStringLiteral("bench-writer")));
    return {session.username, session.password, session.error};
}

struct SettledDay {
    qint64 lines = -1;
    double engineMs = 0;
    double cpuMs = 0; // the settlement thread's CPU time
};

// The engine's own line for `day` in the servers' logs (each day is settled once, by
// whichever process leads the settlement).
SettledDay settledInLog(const QString &log, const QDate &day)
{
    const QRegularExpression line(QStringLiteral("settled \"%1\" for \\d+ accounts, (\\d+) lines "
                                                 "in (\\d+) ms \\(cpu (\\d+) ms\\)")
                                      .arg(day.toString(Qt::ISODate)));
    const auto match = line.match(log);
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toLongLong(), match.captured(2).toDouble(),
            match.captured(3).toDouble()};
}
} // namespace

void registerSettlementBenchmarks(BenchEnvironment &environment, int repetitions)
{
    // Expensive to prepare (the usage of a whole day goes in first): one run.
    Q_UNUSED(repetitions);
    manualTime(
        benchmark::RegisterBenchmark(
            "settle_day",
            [&environment](benchmark::State &state) {
                for (auto _ : state) {
                    if (!environment.restoreWorkspaces()) {
                        state.SkipWithError(qPrintable(environment.error()));
                        break;
                    }
                    const QDate day = beijingDay(environment.serverNow());
                    if (const QString error = sendDayOfUsage(environment, day); !error.isEmpty()) {
                        state.SkipWithError(qPrintable(error));
                        break;
                    }
                    const Writer writer = registerWriter(environment);
                    if (!writer.error.isEmpty()) {
                        state.SkipWithError(qPrintable(writer.error));
                        break;
                    }
                    if (!environment.advanceServerClock(1)) {
                        state.SkipWithError("moving the clock failed");
                        break;
                    }
                    // After the clock step: sessions last 12 h of server time.
                    const test::Session writing =
                        test::login(environment.http(), writer.username, writer.password);
                    test::HttpClient writes(environment.baseUrl(), writing.token);
                    QElapsedTimer waited;
                    waited.start();
                    double slowestList = 0;
                    double slowestWrite = 0;
                    int written = 0;
                    SettledDay settled;
                    while (settled.lines < 0 && waited.elapsed() < kSettleLimitMs) {
                        QElapsedTimer list;
                        list.start();
                        const test::HttpReply reply = environment.http().get(
                            QStringLiteral("/api/v1/workspaces"),
                            {{QStringLiteral("limit"), QStringLiteral("500")}});
                        slowestList = std::max(slowestList, msSince(list));
                        if (reply.status != 200) {
                            state.SkipWithError("GET /api/v1/workspaces failed");
                            break;
                        }
                        QElapsedTimer write;
                        write.start();
                        const test::HttpReply created = writes.post(
                            QStringLiteral("/api/v1/workspaces"),
                            test::workspaceBody(QStringLiteral("written-%1").arg(++written),
                                                QStringLiteral("cn1")));
                        slowestWrite = std::max(slowestWrite, msSince(write));
                        if (created.status != 201) {
                            state.SkipWithError(
                                qPrintable(QStringLiteral("POST /api/v1/workspaces during the "
                                                          "settlement: ")
                                           + created.describe().left(200)));
                            break;
                        }
                        settled = settledInLog(environment.serverLogs(), day);
                    }
                    if (settled.lines < 0) {
                        state.SkipWithError("the day was not settled");
                        break;
                    }
                    state.SetIterationTime(settled.engineMs / 1000.0);
                    state.counters["lines"] = double(settled.lines);
                    state.counters["list_max_ms"] = slowestList;
                    state.counters["write_max_ms"] = slowestWrite;
                    state.counters["writes"] = written;
                    state.counters["cpu_ms"] = settled.cpuMs;
                }
            }),
        1);

    manualTime(benchmark::RegisterBenchmark(
                   "bill_month",
                   [&environment](benchmark::State &state) {
                       for (auto _ : state) {
                           const QString month = beijingDay(environment.serverNow())
                                                     .addDays(-1)
                                                     .toString(QStringLiteral("yyyy-MM"));
                           QElapsedTimer timer;
                           timer.start();
                           const test::HttpReply reply = environment.http().get(
                               QStringLiteral("/api/v1/bills"), {{QStringLiteral("month"), month}});
                           const QJsonObject bill = reply.json.object();
                           setIterationTime(state, timer);
                           if (reply.status != 200 || !bill.contains(QStringLiteral("byDay")))
                               state.SkipWithError("GET /api/v1/bills failed");
                       }
                   }),
               repetitions);
}

} // namespace billing::bench
