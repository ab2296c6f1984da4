// billing-load: 8 administrators and the marketplace against a real billing-center on
// loopback for a while, then every workspace is read back and checked against the changes the
// server acknowledged, and its history against its version. Exit code 0 only with no non-contract
// error and no lost update.
#include "AdminActor.h"
#include "ApiHelpers.h"
#include "ClockStepper.h"
#include "HttpClient.h"
#include "LoadStats.h"
#include "LoginActor.h"
#include "MarketplaceActor.h"
#include "ServerFarm.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace billing::load;
using namespace billing::test;

namespace {
struct Settings {
    int seconds = 60;
    int admins = 8;
    int workspaces = 100;     // per administrator
    int lanes = 2;            // requests in flight per administrator
    int monthEveryMs = 15000; // the sandbox clock steps to the next month this often (0: never)
    int loginLanes = 4;       // log-ins in flight all the time (0: only the administrators')
};

// Registers the administrator, opens two marketplace instances for its Alibaba Cloud account
// and creates its workspaces; empty token on failure (with *error).
AdminActor::Setup prepareAdmin(const QUrl &baseUrl, int workspaces, QString *error)
{
    HttpClient anon(baseUrl);
    AdminActor::Setup setup;
    setup.baseUrl = baseUrl;
    const Session session = registerAccount(anon, uniqueName(u"load"_qs));
    if (!session.ok()) {
        *error = session.error;
        return setup;
    }
    setup.username = session.username;
    setup.password = session.password;
    setup.token = session.token;
    setup.aliUid = uniqueUid();
    for (int i = 0; i < 2 && error->isEmpty(); ++i)
        setup.instanceIds
            << createSandboxInstance(anon, setup.aliUid, error).value(u"instanceId").toString();
    HttpClient admin(baseUrl, session.token);
    setup.initialBinding = {{u"method"_qs, u"billing_center"_qs}};
    for (int i = 0; i < workspaces && error->isEmpty(); ++i) {
        const QJsonObject ws =
            createWorkspace(admin, workspaceBody(u"load %1"_qs.arg(i), u"cn1"_qs), error);
        setup.workspaceIds << ws.value(u"id").toString();
    }
    return setup;
}

int run(const Settings &settings, const QUrl &baseUrl, const QList<QUrl> &processUrls,
        const QByteArray &spiKey)
{
    LoadStats stats;
    HttpClient anon(baseUrl);
    QString clockError;
    const QDateTime serverNow = billing::test::serverNow(anon, &clockError);
    if (!clockError.isEmpty()) {
        std::fprintf(stderr, "billing-load: no sandbox clock: %s\n", qPrintable(clockError));
        return 2;
    }
    ClockStepper clock(processUrls, serverNow, qMax(1, settings.monthEveryMs), stats);
    const ClockStepper *stepper = settings.monthEveryMs > 0 ? &clock : nullptr;
    std::vector<std::unique_ptr<AdminActor>> admins;
    QString loginUser, loginPassword;
    for (int i = 0; i < settings.admins; ++i) {
        QString error;
        AdminActor::Setup setup = prepareAdmin(baseUrl, settings.workspaces, &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "billing-load: setup failed: %s\n", qPrintable(error));
            return 2;
        }
        loginUser = setup.username;
        loginPassword = setup.password;
        admins.push_back(std::make_unique<AdminActor>(std::move(setup), stats, stepper,
                                                      settings.lanes, quint32(1000 + i)));
    }
    MarketplaceActor marketplace(baseUrl, spiKey, stats, 2, 7);
    LoginActor logins(baseUrl, loginUser, loginPassword, stats, settings.loginLanes);

    int running = int(admins.size()) + 2;
    const auto oneFinished = [&running] {
        if (--running == 0)
            QCoreApplication::exit(0);
    };
    for (auto &admin : admins)
        QObject::connect(admin.get(), &AdminActor::finished, oneFinished);
    QObject::connect(&marketplace, &MarketplaceActor::finished, oneFinished);
    QObject::connect(&logins, &LoginActor::finished, oneFinished);
    QTimer::singleShot(settings.seconds * 1000, [&] {
        for (auto &admin : admins)
            admin->stop();
        marketplace.stop();
        logins.stop();
        clock.stop();
    });
    std::printf("billing-load: %d administrators x %d workspaces, %d lanes each, marketplace "
                "2 lanes, %d log-in lanes, next month every %d ms, %d s against %s\n",
                settings.admins, settings.workspaces, settings.lanes, settings.loginLanes,
                settings.monthEveryMs, settings.seconds, qPrintable(baseUrl.toString()));
    std::fflush(stdout);
    stats.start();
    for (auto &admin : admins)
        admin->start();
    marketplace.start();
    logins.start();
    if (stepper)
        clock.start();
    QCoreApplication::exec();
    stats.stop();
    for (auto &admin : admins)
        admin->verify();
    std::printf("%s\n", qPrintable(stats.report()));
    std::printf("%s\n", qPrintable(stats.sideBySide(
                            {LoginActor::kKind, QStringLiteral("POST sessions (login)")},
                            {QStringLiteral("GET list page"), QStringLiteral("GET workspace")})));
    const bool clean = stats.nonContractErrors() == 0 && stats.failures().isEmpty();
    std::printf("billing-load: %s\n", clean ? "PASS" : "FAIL");
    return clean ? 0 : 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Load test of billing-center on loopback."_qs);
    parser.addHelpOption();
    const QCommandLineOption seconds(u"seconds"_qs, u"Duration (default 60)."_qs, u"N"_qs);
    const QCommandLineOption admins(u"admins"_qs, u"Administrators (default 8)."_qs, u"N"_qs);
    const QCommandLineOption workspaces(u"workspaces"_qs,
                                        u"Workspaces per administrator (default 100)."_qs, u"N"_qs);
    const QCommandLineOption url(u"url"_qs,
                                 u"A running server started with --sandbox (default: start a "
                                 "fresh one; BILLING_CENTER_BIN chooses the binary)."_qs,
                                 u"URL"_qs);
    const QCommandLineOption spiKey(u"spi-key"_qs, u"The SPI key of the server at --url."_qs,
                                    u"KEY"_qs);
    const QCommandLineOption monthEvery(
        u"month-every"_qs,
        u"Milliseconds between steps of the sandbox clock to the next month (default 15000; "
        "0: the clock stays, so each workspace changes at most once)."_qs,
        u"MS"_qs);
    const QCommandLineOption loginLanes(
        u"login-lanes"_qs,
        u"Log-ins kept in flight beside the administrators (default 4; 0: none)."_qs, u"N"_qs);
    const QCommandLineOption engine(
        u"engine"_qs,
        u"The fresh server's engine: sqlite (default) or postgresql (on "
        "BILLING_TEST_POSTGRES_URL's cluster, behind HAProxy)."_qs,
        u"ENGINE"_qs, u"sqlite"_qs);
    const QCommandLineOption processes(
        u"processes"_qs, u"Server processes on one database (default 1; PostgreSQL only)."_qs,
        u"N"_qs, u"1"_qs);
    parser.addOptions(
        {seconds, admins, workspaces, url, spiKey, monthEvery, loginLanes, engine, processes});
    parser.process(app);
    Settings settings;
    const auto number = [&](const QCommandLineOption &option, int fallback) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        return parser.isSet(option) && ok && value > 0 ? value : fallback;
    };
    settings.seconds = number(seconds, settings.seconds);
    settings.admins = number(admins, settings.admins);
    settings.workspaces = number(workspaces, settings.workspaces);
    if (parser.isSet(loginLanes))
        settings.loginLanes = qBound(0, parser.value(loginLanes).toInt(), 64);
    if (parser.isSet(monthEvery))
        settings.monthEveryMs = qMax(0, parser.value(monthEvery).toInt());

    if (parser.isSet(url)) {
        const QUrl given(parser.value(url));
        return run(settings, given, {given}, parser.value(spiKey).toUtf8());
    }
    QString layoutError;
    const auto layout =
        ServerFarm::parse(parser.value(engine), parser.value(processes).toInt(), &layoutError);
    if (!layout) {
        std::fprintf(stderr, "billing-load: %s\n", qPrintable(layoutError));
        return 2;
    }
    ServerFarm servers(*layout, {});
    if (!servers.start()) {
        std::fprintf(stderr, "billing-load: %s\n", qPrintable(servers.errorString()));
        return 2;
    }
    std::printf("billing-load: serving: %s\n", qPrintable(servers.describe()));
    const int code = run(settings, servers.baseUrl(), servers.processUrls(), servers.spiKey());
    if (!servers.stop()) {
        std::fprintf(stderr, "billing-load: a server did not stop cleanly: %s\n",
                     qPrintable(servers.errorString()));
        return 1;
    }
    return code;
}
