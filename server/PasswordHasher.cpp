#include "PasswordHasher.h"

#include <sodium.h>

#include <stdexcept>

namespace billing::server {

QByteArray PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        throw std::runtime_error("crypto_pwhash_str failed (out of memory)");
    }
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &hash, const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
           == 0;
}

void PasswordHasher::verifyDummy(const QString &password) const
{
    std::call_once(m_dummyMade,
                   [this] { m_dummyHash = hash(QStringLiteral("dummy password for timing")); });
    verify(m_dummyHash, password);
}

} // namespace billing::server
