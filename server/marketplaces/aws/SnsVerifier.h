#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace billing::server {

// Checks SNS signatures (SignatureVersion 2: SHA256withRSA) against one signing certificate
// (--aws-sns-cert, or the sandbox's own). The simplification of marketplaces.md: the
// certificate is configured, never downloaded from SigningCertURL.
class SnsVerifier
{
public:
    // nullptr with *error when the PEM holds no certificate with an RSA public key.
    static std::unique_ptr<SnsVerifier> fromPem(const QByteArray &pem, QString *error);
    static std::unique_ptr<SnsVerifier> fromPemFile(const QString &path, QString *error);
    ~SnsVerifier();

    bool verify(const QByteArray &canonicalString, const QByteArray &signature) const;

private:
    struct Key;
    explicit SnsVerifier(std::unique_ptr<Key> key);
    std::unique_ptr<Key> m_key;
};

} // namespace billing::server
