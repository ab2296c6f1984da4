#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace billing::server {

struct StoredVerificationCode {
    QByteArray codeHash; // SHA-256 hex of the code; the code itself only goes into the mail
    QDateTime expiresAt;
    int wrongTries = 0; // wrong codes given for this address since the code was mailed
};

// One pending code per e-mail address (keyed case-insensitively); a newer one replaces it,
// with no wrong tries.
class VerificationCodeStore
{
public:
    virtual ~VerificationCodeStore() = default;

    virtual void replace(const QString &emailKey, const QByteArray &codeHash,
                         const QDateTime &createdAt, const QDateTime &expiresAt) = 0;
    virtual std::optional<StoredVerificationCode> find(const QString &emailKey) = 0;
    virtual void remove(const QString &emailKey) = 0;
    virtual void recordWrongTry(const QString &emailKey) = 0;
};

} // namespace billing::server
