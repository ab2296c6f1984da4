#include "ServerSecret.h"

#include "SecureRandom.h"

#include <QFile>
#include <QSaveFile>

namespace billing::server {
namespace {
constexpr int kSecretBytes = 32;
}

std::optional<QByteArray> loadOrCreateServerSecret(const QString &path, QString *error)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray secret = existing.readAll();
        if (secret.size() == kSecretBytes)
            return secret;
        *error = QStringLiteral("%1 is not a secret of this server (%2 bytes, expected %3)")
                     .arg(path)
                     .arg(secret.size())
                     .arg(kSecretBytes);
        return std::nullopt;
    }
    const QByteArray secret = SecureRandom::bytes(kSecretBytes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(secret) != secret.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return secret;
}

} // namespace billing::server
