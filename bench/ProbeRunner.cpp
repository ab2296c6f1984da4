#include "ProbeRunner.h"

#include "BenchTiming.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

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

QProcessEnvironment environmentWithHome(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}
} // namespace

ProbeRun runProbe(const ProbeOptions &options)
{
    ProbeRun run;
    std::unique_ptr<QTemporaryDir> throwaway;
    QString home = options.home;
    if (home.isEmpty()) {
        throwaway = std::make_unique<QTemporaryDir>();
        home = throwaway->path();
    }
    QProcess probe;
    probe.setProcessEnvironment(environmentWithHome(home));
    probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments{QStringLiteral("--server"), options.server.toString()};
    if (options.waitForRows)
        arguments << QStringLiteral("--memory");
    if (options.compress)
        arguments << QStringLiteral("--compress");
    if (options.memoryAfterSave)
        arguments << QStringLiteral("--after-save");
    run.pageCacheDropped = options.cold && dropPageCache();

    QElapsedTimer timer;
    timer.start();
    probe.start(probePath(), arguments);
    probe.write(options.token.toUtf8() + '\n');
    QByteArray output;
    while (probe.waitForReadyRead(kProbeLimitMs)) {
        output += probe.readAllStandardOutput();
        if (run.shownMs < 0 && output.contains("shown ")
            && output.indexOf('\n', output.indexOf("shown ")) > 0) {
            run.shownMs = msSince(timer);
            if (options.onShown)
                options.onShown();
        }
        // "loaded" comes before "memory" when the memory waits for the copy's save.
        if (run.loadedMs < 0 && (output.contains("loaded ") || output.contains("memory ")))
            run.loadedMs = msSince(timer);
        if (output.contains("memory ") && output.endsWith('\n'))
            break;
        if (!options.waitForRows && run.shownMs >= 0)
            break;
    }
    probe.waitForFinished(kProbeLimitMs);
    output += probe.readAllStandardOutput();
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("shown "))
            run.shownRows = line.mid(6).toInt();
        if (line.startsWith("memory "))
            run.memory = line.split(' ').mid(1);
    }
    if (probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0 || run.shownMs < 0
        || (options.waitForRows && run.memory.size() != 3))
        run.error = QStringLiteral("billing-desk-probe failed (exit %1): %2")
                        .arg(probe.exitCode())
                        .arg(QString::fromUtf8(output.trimmed()));
    return run;
}

} // namespace billing::bench
