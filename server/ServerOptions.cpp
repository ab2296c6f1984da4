#include "ServerOptions.h"

#include "DeploymentRules.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QStandardPaths>

namespace billing::server {
namespace {
constexpr int kMaxDemoWorkspaces = 1000000;
constexpr int kMaxDemoHistory = 100;

bool parseListen(const QString &text, ServerOptions *options, QString *error)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\[[^\]]+\]|[^:\[\]]+):(\d{1,5})$)"));
    const auto match = pattern.match(text);
    const int port = match.hasMatch() ? match.captured(2).toInt() : -1;
    if (!match.hasMatch() || port > 65535) {
        *error = QStringLiteral("--listen expects HOST:PORT (e.g. 127.0.0.1:8480), got \"%1\"")
                     .arg(text);
        return false;
    }
    QString host = match.captured(1);
    const QString bare = host.startsWith(u'[') ? host.mid(1, host.size() - 2) : host;
    QHostAddress address;
    if (bare == u"localhost")
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(bare)) {
        *error = QStringLiteral("--listen: \"%1\" is not an IP address or localhost").arg(bare);
        return false;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol && !host.startsWith(u'['))
        host = u'[' + host + u']';
    options->listenHost = host;
    options->listenAddress = address;
    options->port = quint16(port);
    return true;
}
} // namespace

QString ServerOptions::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/billing-center.sqlite");
}

QString ServerOptions::listeningUrl(quint16 actualPort) const
{
    return QStringLiteral("%1://%2:%3")
        .arg(usesTls() ? u"https" : u"http", listenHost)
        .arg(actualPort);
}

bool ServerOptions::isLoopbackListen() const
{
    return isLoopbackAddress(listenAddress);
}

std::optional<ServerOptions> ServerOptions::parse(const QStringList &arguments,
                                                  const QByteArray &environmentSpiKey,
                                                  QString *error,
                                                  const QByteArray &environmentCollectorKey)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Billing Center reference server"));
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address to listen on (default 127.0.0.1:8480; "
                                                   "port 0 picks a free port)."),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("SQLite database file, or postgresql://USER@HOST:PORT/DB (the password "
                       "from PGPASSWORD or ~/.pgpass, never in the URL)."),
        QStringLiteral("PATH|URL"));
    const QCommandLineOption secretFile(
        QStringLiteral("secret-file"),
        QStringLiteral("The server's 32-byte secret, made on first start (default: <db>.secret "
                       "beside a SQLite file; with PostgreSQL required, the same file for "
                       "every process)."),
        QStringLiteral("PATH"));
    const QCommandLineOption spiKey(
        QStringList{QStringLiteral("aliyun-spi-key"), QStringLiteral("spi-key")},
        QStringLiteral("Alibaba Cloud Marketplace SPI secret (or BILLING_CENTER_ALIYUN_SPI_KEY, "
                       "BILLING_CENTER_SPI_KEY)."),
        QStringLiteral("KEY"));
    const QCommandLineOption huaweiKey(
        QStringLiteral("huawei-key"),
        QStringLiteral("Huawei Cloud KooGallery access key (or BILLING_CENTER_HUAWEI_KEY)."),
        QStringLiteral("KEY"));
    const QCommandLineOption awsSnsCert(
        QStringLiteral("aws-sns-cert"),
        QStringLiteral("PEM certificate that signs the AWS Marketplace SNS notifications (or "
                       "BILLING_CENTER_AWS_SNS_CERT)."),
        QStringLiteral("PEM"));
    const QCommandLineOption azureWebhookKey(
        QStringLiteral("azure-webhook-key"),
        QStringLiteral("Key of the Azure Marketplace webhook tokens (or "
                       "BILLING_CENTER_AZURE_WEBHOOK_KEY)."),
        QStringLiteral("KEY"));
    const QCommandLineOption publicUrl(
        QStringLiteral("public-url"),
        QStringLiteral("The URL buyers and Billing Desk reach this server at, for claim links "
                       "(default: the listening URL)."),
        QStringLiteral("URL"));
    const QCommandLineOption collectorKey(
        QStringLiteral("collector-key"),
        QStringLiteral("Key of the usage collector for POST /api/v1/usage (or "
                       "BILLING_CENTER_COLLECTOR_KEY; with --sandbox the default is "
                       "sandbox-collector)."),
        QStringLiteral("KEY"));
    const QCommandLineOption mailDir(QStringLiteral("mail-dir"),
                                     QStringLiteral("Also write each mail as <id>.eml here."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QStringLiteral("Enable the /api/v1/sandbox endpoints."));
    const QCommandLineOption demo(QStringLiteral("demo-workspaces"),
                                  QStringLiteral("With --sandbox: create account demo with N "
                                                 "workspaces once."),
                                  QStringLiteral("N"));
    const QCommandLineOption history(
        QStringLiteral("demo-history"),
        QStringLiteral("With --demo-workspaces: N events of history per demo workspace "
                       "(its creation, then settlement changes; default 1)."),
        QStringLiteral("N"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("PEM certificate chain: serve HTTPS."),
                                     QStringLiteral("PEM"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("PEM private key of --tls-cert."),
                                    QStringLiteral("PEM"));
    const QCommandLineOption trustedProxy(
        QStringLiteral("trusted-proxy"),
        QStringLiteral("A TLS-terminating proxy in this range sends X-Forwarded-For; the "
                       "per-address limits apply to the forwarded address (repeatable)."),
        QStringLiteral("CIDR"));
    QCommandLineOption maxConnections(QStringLiteral("max-connections"),
                                      QStringLiteral("Open connections in all (default 512)."),
                                      QStringLiteral("N"));
    maxConnections.setFlags(QCommandLineOption::HiddenFromHelp); // for the limit tests
    QCommandLineOption connectionTimeout(
        QStringLiteral("connection-timeout-ms"),
        QStringLiteral("Idle and incomplete-request timeout (default 30000)."),
        QStringLiteral("MS"));
    connectionTimeout.setFlags(QCommandLineOption::HiddenFromHelp); // for the timeout tests
    QCommandLineOption listRoutes(QStringLiteral("list-routes"),
                                  QStringLiteral("Print the route table and exit."));
    listRoutes.setFlags(QCommandLineOption::HiddenFromHelp); // for the authorisation tests
    parser.addOptions({listen, db, secretFile, spiKey, huaweiKey, awsSnsCert, azureWebhookKey,
                       publicUrl, collectorKey, mailDir, sandbox, demo, history, tlsCert, tlsKey,
                       trustedProxy, maxConnections, connectionTimeout, listRoutes});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ServerOptions help;
        help.helpText = parser.helpText();
        return help;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error =
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    ServerOptions options;
    if (parser.isSet(listen) && !parseListen(parser.value(listen), &options, error))
        return std::nullopt;
    const auto database =
        DatabaseLocation::parse(parser.isSet(db) ? parser.value(db) : defaultDatabasePath(), error);
    if (!database)
        return std::nullopt;
    options.database = *database;
    options.secretPath = parser.isSet(secretFile) ? parser.value(secretFile)
                         : database->isPostgres() ? QString()
                                                  : database->path + QStringLiteral(".secret");
    if (options.secretPath.isEmpty()) {
        *error = QStringLiteral(
            "--secret-file is needed with a PostgreSQL --db: every process serving the database "
            "must key with the same secret (made on the first start; copy it to the others)");
        return std::nullopt;
    }
    const auto optionOrEnvironment = [&parser](const QCommandLineOption &option,
                                               const char *variable) {
        return parser.isSet(option) ? parser.value(option).toUtf8() : qgetenv(variable);
    };
    options.spiKey = parser.isSet(spiKey) ? parser.value(spiKey).toUtf8() : environmentSpiKey;
    if (options.spiKey.isEmpty())
        options.spiKey = qgetenv("BILLING_CENTER_ALIYUN_SPI_KEY");
    options.huaweiKey = optionOrEnvironment(huaweiKey, "BILLING_CENTER_HUAWEI_KEY");
    options.awsSnsCertPath =
        QString::fromLocal8Bit(optionOrEnvironment(awsSnsCert, "BILLING_CENTER_AWS_SNS_CERT"));
    options.azureWebhookKey =
        optionOrEnvironment(azureWebhookKey, "BILLING_CENTER_AZURE_WEBHOOK_KEY");
    options.publicUrl = parser.value(publicUrl);
    options.mailDir = parser.value(mailDir);
    options.sandbox = parser.isSet(sandbox);
    options.collectorKey =
        parser.isSet(collectorKey) ? parser.value(collectorKey).toUtf8() : environmentCollectorKey;
    if (options.collectorKey.isEmpty() && options.sandbox)
        options.collectorKey = kSandboxCollectorKey;
    options.listRoutes = parser.isSet(listRoutes);
    options.tlsCertPath = parser.value(tlsCert);
    options.tlsKeyPath = parser.value(tlsKey);
    for (const QString &range : parser.values(trustedProxy)) {
        const auto subnet = QHostAddress::parseSubnet(range);
        if (subnet.first.isNull() || !range.contains(u'/')) {
            *error = QStringLiteral("--trusted-proxy expects an address range such as "
                                    "10.0.0.0/8, got \"%1\"")
                         .arg(range);
            return std::nullopt;
        }
        options.trustedProxies.append(subnet);
    }
    if (parser.isSet(maxConnections)) {
        bool ok = false;
        options.maxConnections = parser.value(maxConnections).toInt(&ok);
        if (!ok || options.maxConnections < 1 || options.maxConnections > 100000) {
            *error = QStringLiteral("--max-connections expects a number from 1 to 100000");
            return std::nullopt;
        }
    }
    if (parser.isSet(demo)) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,7}$"));
        const QString value = parser.value(demo);
        if (!options.sandbox) {
            *error = QStringLiteral("--demo-workspaces is only allowed with --sandbox");
            return std::nullopt;
        }
        if (!digits.match(value).hasMatch() || value.toInt() > kMaxDemoWorkspaces) {
            *error = QStringLiteral("--demo-workspaces expects a number from 0 to %1")
                         .arg(kMaxDemoWorkspaces);
            return std::nullopt;
        }
        options.demoWorkspaces = value.toInt();
    }
    if (parser.isSet(history)) {
        bool ok = false;
        options.demoHistory = parser.value(history).toInt(&ok);
        if (options.demoWorkspaces < 0 || !ok || options.demoHistory < 1
            || options.demoHistory > kMaxDemoHistory) {
            *error = QStringLiteral("--demo-history expects --demo-workspaces and a number from 1 "
                                    "to %1")
                         .arg(kMaxDemoHistory);
            return std::nullopt;
        }
    }
    if (parser.isSet(connectionTimeout)) {
        bool ok = false;
        options.connectionTimeoutMs = parser.value(connectionTimeout).toInt(&ok);
        if (!ok || options.connectionTimeoutMs < 100) {
            *error = QStringLiteral("--connection-timeout-ms expects at least 100");
            return std::nullopt;
        }
    }
    if (const QString problem = deploymentProblem(options); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return options;
}

} // namespace billing::server
