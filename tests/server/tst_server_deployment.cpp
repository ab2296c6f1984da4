// The contract's "Deployment" paragraph: HTTPS with --tls-cert/--tls-key (a client trusting
// the throwaway CA gets in, one that does not is refused, plain HTTP on the TLS port gets no
// reply), plain HTTP only on loopback, --sandbox only on loopback, TLS files that belong
// together, and files the server creates readable by its user only.
#include "ApiHelpers.h"
#include "HttpClient.h"
#include "ReplyChecks.h"
#include "TestServer.h"
#include "ThrowawayCa.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace billing::test;

namespace {
struct Exit {
    int code = -1;
    QString standardError;
    QString standardOutput;
};

// Runs billing-center with these arguments until it exits (it must, within 20 s).
Exit runToExit(const QStringList &arguments)
{
    QProcess process;
    process.start(TestServer::binaryPath(), arguments);
    Exit exit;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        exit.standardError = QStringLiteral("did not exit");
        return exit;
    }
    exit.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    exit.standardError = QString::fromLocal8Bit(process.readAllStandardError());
    exit.standardOutput = QString::fromLocal8Bit(process.readAllStandardOutput());
    return exit;
}

QSslConfiguration trusting(const QString &caPath)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(caPath));
    return configuration;
}

int permissionsOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}
} // namespace

class TestServerDeployment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedDeployments_data();
    void refusedDeployments();
    void servesHttpsToClientsThatTrustItsCa();
    void refusesClientsThatDoNotTrustIt();
    void plainHttpOnTheTlsPortGetsNoReply();
    void tlsOnAnyAddressStarts();
    void filesAreReadableByTheServersUserOnly();

private:
    QTemporaryDir m_dir;
    ThrowawayCa m_ca;
    TestServer m_tlsServer{[] {
        TestServer::Options options;
        options.tls = true;
        return options;
    }()};
};

void TestServerDeployment::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_ca.create(m_dir.path(), &error), qPrintable(error));
    QVERIFY2(m_tlsServer.start(), qPrintable(m_tlsServer.errorString()));
}

void TestServerDeployment::refusedDeployments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QString db = m_dir.filePath(u"refused.sqlite"_qs);
    const QStringList tls{u"--tls-cert"_qs, m_ca.certificatePath(), u"--tls-key"_qs,
                          m_ca.keyPath()};
    QTest::newRow("plain HTTP on every address")
        << QStringList{u"--listen"_qs, u"0.0.0.0:8443"_qs, u"--db"_qs, db}
        << u"refusing to serve plain HTTP on 0.0.0.0:8443, which is not a loopback address: give "
           "--tls-cert and --tls-key"_qs;
    QTest::newRow("plain HTTP on an IPv6 address")
        << QStringList{u"--listen"_qs, u"[::]:8443"_qs, u"--db"_qs, db}
        << u"refusing to serve plain HTTP on [::]:8443"_qs;
    QTest::newRow("sandbox beyond loopback, even with TLS")
        << (QStringList{u"--listen"_qs, u"0.0.0.0:8443"_qs, u"--db"_qs, db, u"--sandbox"_qs} + tls)
        << u"--sandbox exposes every mail and the server's clock, so it only runs on a loopback "
           "address"_qs;
    QTest::newRow("certificate without key")
        << QStringList{u"--db"_qs, db, u"--tls-cert"_qs, m_ca.certificatePath()}
        << u"--tls-cert and --tls-key go together"_qs;
    QTest::newRow("bad proxy range")
        << QStringList{u"--db"_qs, db, u"--trusted-proxy"_qs, u"10.0.0.0"_qs}
        << u"--trusted-proxy expects an address range such as 10.0.0.0/8"_qs;
    QTest::newRow("key of another certificate")
        << QStringList{u"--listen"_qs,   u"127.0.0.1:0"_qs, u"--db"_qs,      db,
                       u"--tls-cert"_qs, m_ca.caPath(),     u"--tls-key"_qs, m_ca.keyPath()}
        << u"--tls-key does not belong to the certificate in --tls-cert"_qs;
}

void TestServerDeployment::refusedDeployments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Exit exit = runToExit(arguments);
    QVERIFY2(exit.code == 1 || exit.code == 2, qPrintable(exit.standardError));
    QVERIFY2(exit.standardError.contains(reason), qPrintable(exit.standardError));
    QVERIFY2(!exit.standardOutput.contains(u"listening"_qs), qPrintable(exit.standardOutput));
}

void TestServerDeployment::servesHttpsToClientsThatTrustItsCa()
{
    QVERIFY2(m_tlsServer.standardOutput().startsWith("listening https://127.0.0.1:"),
             m_tlsServer.standardOutput().constData());
    QCOMPARE(m_tlsServer.baseUrl().scheme(), u"https"_qs);
    QSslConfiguration::setDefaultConfiguration(trusting(m_tlsServer.caPath()));
    HttpClient client(m_tlsServer.baseUrl());
    VERIFY_STATUS(client.get(u"/healthz"_qs), 200);
    // A whole account flow works over it.
    const Session session = registerAccount(client, uniqueName(u"tls"_qs));
    QVERIFY2(!session.token.isEmpty(), qPrintable(session.error));
}

void TestServerDeployment::refusesClientsThatDoNotTrustIt()
{
    QSslConfiguration::setDefaultConfiguration(trusting(m_ca.caPath())); // another CA
    HttpClient client(m_tlsServer.baseUrl());
    const HttpReply reply = client.get(u"/healthz"_qs);
    QCOMPARE(reply.status, 0);
    QVERIFY2(!reply.networkError.isEmpty(), qPrintable(reply.describe()));
}

void TestServerDeployment::plainHttpOnTheTlsPortGetsNoReply()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_tlsServer.baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray received;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(3000))
        received += socket.readAll();
    QVERIFY2(!received.startsWith("HTTP/"), received.constData());
}

void TestServerDeployment::tlsOnAnyAddressStarts()
{
    TestServer::Options options;
    options.sandbox = false;
    options.tls = true;
    options.extraArgs << u"--listen"_qs << u"0.0.0.0:0"_qs; // after TestServer's own --listen
    TestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY2(server.standardOutput().startsWith("listening https://0.0.0.0:"),
             server.standardOutput().constData());
    QVERIFY(server.stop());
}

void TestServerDeployment::filesAreReadableByTheServersUserOnly()
{
    const mode_t before = ::umask(022); // what a careless service manager would leave
    TestServer server;
    const bool started = server.start();
    ::umask(before);
    QVERIFY2(started, qPrintable(server.errorString()));
    HttpClient client(server.baseUrl());
    const Session session = registerAccount(client, uniqueName(u"perm"_qs)); // mails a code
    QVERIFY2(!session.token.isEmpty(), qPrintable(session.error));
    QStringList files{server.secretPath()};
    if (!TestServer::onPostgres())
        files << server.dbPath() << server.dbPath() + u"-wal"_qs;
    const qsizetype dataFiles = files.size();
    QDirIterator mails(server.mailDir(), {u"*.eml"_qs}, QDir::Files);
    while (mails.hasNext())
        files << mails.next();
    QVERIFY2(files.size() > dataFiles, "no mail was written");
    for (const QString &file : files)
        QVERIFY2(permissionsOf(file) == 0600,
                 qPrintable(file + u" has mode "_qs + QString::number(permissionsOf(file), 8)));
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TestServerDeployment)
#include "tst_server_deployment.moc"
