#include "SandboxSnsSigner.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <stdexcept>

namespace billing::server {
namespace {
constexpr int kKeyBits = 2048;
constexpr long kValiditySeconds = 10L * 365 * 24 * 3600;

struct X509Free {
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct BioFree {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct DigestFree {
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

void require(bool ok, const char *what)
{
    if (!ok)
        throw std::runtime_error(what);
}

QByteArray selfSignedPem(EVP_PKEY *key)
{
    std::unique_ptr<X509, X509Free> cert(X509_new());
    require(cert != nullptr, "X509_new");
    require(X509_set_version(cert.get(), 2) == 1, "X509_set_version");
    require(ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1) == 1, "serial");
    require(X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0) != nullptr, "notBefore");
    require(X509_gmtime_adj(X509_getm_notAfter(cert.get()), kValiditySeconds) != nullptr,
            "notAfter");
    require(X509_set_pubkey(cert.get(), key) == 1, "X509_set_pubkey");
    X509_NAME *name = X509_get_subject_name(cert.get());
    require(X509_NAME_add_entry_by_txt(
                name, "CN", MBSTRING_ASC,
                reinterpret_cast<const unsigned char *>("sns.sandbox.billing-center.invalid"), -1,
                -1, 0)
                == 1,
            "subject");
    require(X509_set_issuer_name(cert.get(), name) == 1, "issuer");
    require(X509_sign(cert.get(), key, EVP_sha256()) > 0, "X509_sign");
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    require(bio && PEM_write_bio_X509(bio.get(), cert.get()) == 1, "PEM_write_bio_X509");
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}
} // namespace

struct SandboxSnsSigner::Key {
    EVP_PKEY *key = nullptr;
    ~Key() { EVP_PKEY_free(key); }
};

SandboxSnsSigner::SandboxSnsSigner()
    : m_key(std::make_unique<Key>())
{
    m_key->key = EVP_RSA_gen(kKeyBits);
    require(m_key->key != nullptr, "EVP_RSA_gen");
    m_certificatePem = selfSignedPem(m_key->key);
}

SandboxSnsSigner::~SandboxSnsSigner() = default;

QByteArray SandboxSnsSigner::sign(const QByteArray &canonicalString) const
{
    std::unique_ptr<EVP_MD_CTX, DigestFree> context(EVP_MD_CTX_new());
    require(context
                && EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key->key)
                       == 1,
            "EVP_DigestSignInit");
    const auto *data = reinterpret_cast<const unsigned char *>(canonicalString.constData());
    size_t length = 0;
    require(EVP_DigestSign(context.get(), nullptr, &length, data, size_t(canonicalString.size()))
                == 1,
            "EVP_DigestSign");
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    require(EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()),
                           &length, data, size_t(canonicalString.size()))
                == 1,
            "EVP_DigestSign");
    signature.resize(qsizetype(length));
    return signature;
}

} // namespace billing::server
