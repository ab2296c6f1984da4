#pragma once

#include "DatabaseLocation.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace billing::server {

// The command line of billing-center, parsed and checked.
struct ServerOptions {
    QString listenHost = QStringLiteral("127.0.0.1"); // as given, for the "listening" line
    QHostAddress listenAddress = QHostAddress(QStringLiteral("127.0.0.1"));
    quint16 port = 8480;
    DatabaseLocation database;  // --db: a SQLite file (the default) or a PostgreSQL URL
    QString secretPath;         // --secret-file; <file>.secret beside a SQLite database
    QByteArray spiKey;          // Alibaba Cloud Marketplace SPI
    QByteArray huaweiKey;       // Huawei Cloud KooGallery callbacks
    QString awsSnsCertPath;     // PEM certificate of the AWS SNS signer
    QByteArray azureWebhookKey; // HS256 key of the Azure webhook's bearer tokens
    QString publicUrl;          // base URL in claim links; empty: the listening URL
    QByteArray collectorKey;    // POST /api/v1/usage; empty: that endpoint answers 503
    QString mailDir;
    QString tlsCertPath; // with tlsKeyPath: serve HTTPS
    QString tlsKeyPath;
    QList<QPair<QHostAddress, int>> trustedProxies; // --trusted-proxy CIDR, any number
    int maxConnections = 512;            // hidden --max-connections: open connections in all
    int connectionTimeoutMs = 30 * 1000; // hidden --connection-timeout-ms (tests)
    bool sandbox = false;
    int demoWorkspaces = -1; // -1: not requested
    int demoHistory = 1;     // events per demo workspace (its creation, then changes)
    bool listRoutes = false; // hidden --list-routes: print the route table and exit 0
    QString helpText;        // set when --help was given: print it and exit 0

    // nullopt with *error on bad arguments (the caller exits with code 2).
    // `environmentSpiKey` is BILLING_CENTER_SPI_KEY, used when --spi-key is absent;
    // `environmentCollectorKey` is BILLING_CENTER_COLLECTOR_KEY, used when --collector-key is
    // absent (and with --sandbox and neither, the key is kSandboxCollectorKey).
    static std::optional<ServerOptions> parse(const QStringList &arguments,
                                              const QByteArray &environmentSpiKey, QString *error,
                                              const QByteArray &environmentCollectorKey = {});
    static constexpr const char *kSandboxCollectorKey = "sandbox-collector";
    static QString defaultDatabasePath();
    QString listeningUrl(quint16 actualPort) const;
    bool usesTls() const { return !tlsCertPath.isEmpty(); }
    bool isLoopbackListen() const;
};

} // namespace billing::server
