#include "SnsVerifier.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace billing::server {
namespace {
struct BioFree {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Free {
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct DigestFree {
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
} // namespace

struct SnsVerifier::Key {
    EVP_PKEY *key = nullptr;
    ~Key() { EVP_PKEY_free(key); }
};

SnsVerifier::SnsVerifier(std::unique_ptr<Key> key)
    : m_key(std::move(key))
{}

SnsVerifier::~SnsVerifier() = default;

std::unique_ptr<SnsVerifier> SnsVerifier::fromPem(const QByteArray &pem, QString *error)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    std::unique_ptr<X509, X509Free> cert(
        bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert) {
        *error = QStringLiteral("no PEM certificate");
        return nullptr;
    }
    auto key = std::make_unique<Key>();
    key->key = X509_get_pubkey(cert.get());
    if (!key->key || EVP_PKEY_base_id(key->key) != EVP_PKEY_RSA) {
        *error = QStringLiteral("the certificate's key is not RSA");
        return nullptr;
    }
    return std::unique_ptr<SnsVerifier>(new SnsVerifier(std::move(key)));
}

std::unique_ptr<SnsVerifier> SnsVerifier::fromPemFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return nullptr;
    }
    return fromPem(file.readAll(), error);
}

bool SnsVerifier::verify(const QByteArray &canonicalString, const QByteArray &signature) const
{
    std::unique_ptr<EVP_MD_CTX, DigestFree> context(EVP_MD_CTX_new());
    if (!context
        || EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key->key) != 1)
        return false;
    return EVP_DigestVerify(context.get(),
                            reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(canonicalString.constData()),
                            size_t(canonicalString.size()))
           == 1;
}

} // namespace billing::server
