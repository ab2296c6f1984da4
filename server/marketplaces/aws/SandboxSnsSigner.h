#pragma once

#include <QByteArray>

#include <memory>

namespace billing::server {

// The sandbox's SNS: a fresh RSA-2048 key made at start with a self-signed X.509 certificate
// (the verifying certificate when --aws-sns-cert is not given), signing the canonical strings
// of the notifications its console sends.
class SandboxSnsSigner
{
public:
    SandboxSnsSigner(); // throws std::runtime_error when OpenSSL cannot make the key
    ~SandboxSnsSigner();

    QByteArray certificatePem() const { return m_certificatePem; }
    QByteArray sign(const QByteArray &canonicalString) const; // SHA256withRSA

private:
    struct Key;
    std::unique_ptr<Key> m_key;
    QByteArray m_certificatePem;
};

} // namespace billing::server
