// TLS: a certificate the system does not trust is reported to the user, never ignored, and
// no request reaches a server whose certificate failed.
#include "BillingClient.h"
#include "JobRunner.h"
#include "LoginJob.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace billing;
using namespace billing::test;

namespace {
// A loopback TLS endpoint with a freshly made self-signed certificate; counts the bytes
// of HTTP it managed to read after a handshake.
class SelfSignedTlsServer : public QTcpServer
{
public:
    bool setUp(const QString &dir)
    {
        const QString key = dir + u"/key.pem", cert = dir + u"/cert.pem";
        const int made = QProcess::execute(
            u"openssl"_qs,
            {u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-nodes"_qs, u"-days"_qs,
             u"1"_qs, u"-subj"_qs, u"/CN=127.0.0.1"_qs, u"-keyout"_qs, key, u"-out"_qs, cert});
        QFile keyFile(key), certFile(cert);
        if (made != 0 || !keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly))
            return false;
        m_key = QSslKey(keyFile.readAll(), QSsl::Rsa);
        m_certificate = QSslCertificate(certFile.readAll());
        return !m_key.isNull() && !m_certificate.isNull() && listen(QHostAddress::LocalHost);
    }
    qint64 httpBytesReceived = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        connect(socket, &QSslSocket::readyRead, this,
                [this, socket] { httpBytesReceived += socket->readAll().size(); });
        socket->startServerEncryption();
    }

private:
    QSslKey m_key;
    QSslCertificate m_certificate;
};
} // namespace

class TestClientTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untrustedCertificateIsReported();
};

void TestClientTls::untrustedCertificateIsReported()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt was built without a TLS backend");
    QTemporaryDir dir;
    SelfSignedTlsServer server;
    QVERIFY2(server.setUp(dir.path()), "openssl could not make a test certificate");

    QNetworkAccessManager network;
    BillingClient client(&network, QUrl(u"https://127.0.0.1:%1"_qs.arg(server.serverPort())));
    client.retryPolicy.baseDelayMs = 1;
    LoginJob job(client, u"alice"_qs, u"correct horse battery"_qs);
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ClientError::Kind::Tls);
    QVERIFY(!job.error().tlsErrors.isEmpty());
    QVERIFY2(job.error().userMessage().contains(u"certificate"_qs),
             qPrintable(job.error().userMessage()));
    QCOMPARE(job.attempts(), 1); // a certificate problem is not retried
    QCOMPARE(server.httpBytesReceived, 0);
}

QTEST_GUILESS_MAIN(TestClientTls)
#include "tst_client_tls.moc"
