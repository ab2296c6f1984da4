#include "TlsFiles.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/pem.h>
#include <openssl/x509.h>

namespace billing::server {
namespace {
QSslKey readKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

// Qt only finds a mismatch at the first handshake; OpenSSL can tell at start-up.
bool belongTogether(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    BIO *certificateBio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    X509 *certificate = PEM_read_bio_X509(certificateBio, nullptr, nullptr, nullptr);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    const bool match = certificate && key && X509_check_private_key(certificate, key) == 1;
    EVP_PKEY_free(key);
    X509_free(certificate);
    BIO_free(keyBio);
    BIO_free(certificateBio);
    return match;
}
} // namespace

std::optional<QSslConfiguration> loadTlsFiles(const QString &certificatePath,
                                              const QString &keyPath, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error =
            QStringLiteral("--tls-cert %1: no PEM certificate could be read").arg(certificatePath);
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--tls-key %1: %2").arg(keyPath, keyFile.errorString());
        return std::nullopt;
    }
    const QSslKey key = readKey(keyFile.readAll());
    if (key.isNull()) {
        *error = QStringLiteral("--tls-key %1: no unencrypted RSA or EC private key in PEM form")
                     .arg(keyPath);
        return std::nullopt;
    }
    if (!belongTogether(chain.first().toPem(), key.toPem())) {
        *error = QStringLiteral("--tls-key does not belong to the certificate in --tls-cert");
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens
    return configuration;
}

} // namespace billing::server
