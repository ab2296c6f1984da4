// A deployment's private CA is trusted through BILLING_DESK_CA_FILE, with certificate checks
// left on: the real billing-center over https with a certificate of a throwaway CA. Without
// the CA the same log-in fails with the TLS error; with it, it succeeds.
#include "BillingClient.h"
#include "CliProcess.h"
#include "JobRunner.h"
#include "LoginJob.h"
#include "TestServer.h"
#include "TrustedCa.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>

using namespace billing;
using namespace billing::test;

namespace {
const QString kDemoPassword = QStringLiteral("demo-pass-2026");

CliRun runDesk(const QStringList &arguments, const QByteArray &input, const QString &caFile = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QString::fromLatin1(kCaFileVariable));
    if (!caFile.isEmpty())
        environment.insert(QString::fromLatin1(kCaFileVariable), caFile);
    return runCli(QStringLiteral(BILLING_DESK_BIN), arguments, input, environment, 60000);
}
} // namespace

class TestClientPrivateCa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commandLineTrustsTheCaFile();
    void unusableCaFileIsRefused();
    void clientTrustsTheCaOnlyOnceAdded(); // last: it changes this process's default

private:
    QStringList loginArgs() const;

    TestServer m_server{TestServer::Options{
        true, "test-spi-key", {u"--demo-workspaces"_qs, u"1"_qs}, {}, /*tls=*/true}};
};

void TestClientPrivateCa::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt was built without a TLS backend");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QCOMPARE(m_server.baseUrl().scheme(), u"https"_qs);
    QVERIFY(QFile::exists(m_server.caPath()));
}

QStringList TestClientPrivateCa::loginArgs() const
{
    return {u"login"_qs,      u"--server"_qs, m_server.baseUrl().toString(),
            u"--username"_qs, u"demo"_qs,     u"--password-stdin"_qs};
}

void TestClientPrivateCa::commandLineTrustsTheCaFile()
{
    const CliRun untrusted = runDesk(loginArgs(), kDemoPassword.toUtf8() + "\n");
    QCOMPARE(untrusted.exitCode, 1);
    QVERIFY2(untrusted.err.contains(u"certificate"_qs), qPrintable(untrusted.err));

    const CliRun trusted = runDesk(loginArgs(), kDemoPassword.toUtf8() + "\n", m_server.caPath());
    QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));
    QVERIFY2(trusted.out.contains(u"demo"_qs), qPrintable(trusted.out));
}

void TestClientPrivateCa::unusableCaFileIsRefused()
{
    QTemporaryDir dir;
    const QString notPem = dir.filePath(u"ca.txt"_qs);
    QFile file(notPem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate\n");
    file.close();
    for (const QString &caFile : {notPem, dir.filePath(u"missing.pem"_qs)}) {
        const CliRun run = runDesk(loginArgs(), kDemoPassword.toUtf8() + "\n", caFile);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"BILLING_DESK_CA_FILE"_qs) && run.err.contains(caFile),
                 qPrintable(run.err));
        QCOMPARE(trustCaFile(caFile).isEmpty(), false);
    }
}

void TestClientPrivateCa::clientTrustsTheCaOnlyOnceAdded()
{
    {
        QNetworkAccessManager network;
        BillingClient client(&network, m_server.baseUrl());
        LoginJob job(client, u"demo"_qs, kDemoPassword);
        QVERIFY(runJob(job));
        QCOMPARE(job.error().kind, ClientError::Kind::Tls);
        QCOMPARE(job.attempts(), 1);
    }
    QVERIFY2(trustCaFile(m_server.caPath()).isEmpty(), "the CA file was not accepted");
    // The system's CAs stay trusted next to the private one.
    QVERIFY(QSslConfiguration::defaultConfiguration().caCertificates().size()
            > QSslConfiguration::systemCaCertificates().size());

    QNetworkAccessManager network;
    BillingClient client(&network, m_server.baseUrl());
    LoginJob job(client, u"demo"_qs, kDemoPassword);
    QVERIFY(runJob(job));
    QVERIFY2(job.ok(), describe(job));
}

QTEST_GUILESS_MAIN(TestClientPrivateCa)
#include "tst_client_private_ca.moc"
