#pragma once

#include <QByteArray>
#include <QString>

#include <mutex>

namespace billing::server {

// Argon2id through libsodium's crypto_pwhash_str (OPSLIMIT/MEMLIMIT_INTERACTIVE). Safe to
// use from several worker threads at once.
class PasswordHasher
{
public:
    QByteArray hash(const QString &password) const; // throws std::runtime_error when out of memory
    bool verify(const QByteArray &hash, const QString &password) const;
    // Spends the time of a real verification, so an unknown username answers no faster.
    void verifyDummy(const QString &password) const;

private:
    mutable std::once_flag m_dummyMade;
    mutable QByteArray m_dummyHash; // made on first use, to keep start-up fast
};

} // namespace billing::server
