#include "BillingCenter.h"
#include "Logging.h"
#include "ServerOptions.h"
#include "SignalWatcher.h"

#include <QCoreApplication>

#include <cstdio>
#include <exception>
#include <sys/stat.h>

using namespace billing::server;

int main(int argc, char *argv[])
{
    // Everything the server creates (database, WAL, mails, its secret) is its user's alone.
    ::umask(S_IRWXG | S_IRWXO);
    installSecretSafeLogFilter();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("billing-center"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{type} %{category}: %{message}"));

    QString error;
    const auto options =
        ServerOptions::parse(QCoreApplication::arguments(), qgetenv("BILLING_CENTER_SPI_KEY"),
                             &error, qgetenv("BILLING_CENTER_COLLECTOR_KEY"));
    if (!options) {
        std::fprintf(stderr, "billing-center: %s\n", qPrintable(error));
        return 2;
    }
    if (!options->helpText.isEmpty()) {
        std::printf("%s", qPrintable(options->helpText));
        return 0;
    }

    SignalWatcher signals;
    if (!signals.install()) {
        std::fprintf(stderr, "billing-center: cannot install signal handlers\n");
        return 1;
    }
    BillingCenter server(*options);
    if (!server.open(&error)) {
        std::fprintf(stderr, "billing-center: %s\n", qPrintable(error));
        return 2;
    }
    if (options->listRoutes) {
        std::printf("%s\n", qPrintable(server.routeTable().join(u'\n')));
        return 0;
    }
    if (options->demoWorkspaces >= 0) {
        try {
            server.seedDemo(options->demoWorkspaces, options->demoHistory);
        } catch (const std::exception &failure) {
            std::fprintf(stderr, "billing-center: creating the demo data failed: %s\n",
                         failure.what());
            return 1;
        }
    }
    if (!server.listen(&error)) {
        std::fprintf(stderr, "billing-center: cannot listen on %s: %s\n",
                     qPrintable(options->listeningUrl(options->port)), qPrintable(error));
        return 1;
    }
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &server,
                     [&](int signalNumber) {
                         qCInfo(lcServer) << "signal" << signalNumber << "received; shutting down";
                         server.shutdown([] { QCoreApplication::quit(); });
                     });

    std::printf("listening %s\n", qPrintable(options->listeningUrl(server.port())));
    std::fflush(stdout);
    const int code = app.exec();
    qCInfo(lcServer) << "stopped";
    return code;
}
