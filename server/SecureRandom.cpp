#include "SecureRandom.h"

#include <sodium.h>

namespace billing::server::SecureRandom {

QByteArray bytes(int count)
{
    QByteArray buffer(count, Qt::Uninitialized);
    randombytes_buf(buffer.data(), size_t(buffer.size()));
    return buffer;
}

QString prefixedId(const QString &prefix)
{
    return prefix + QString::fromLatin1(bytes(8).toHex());
}

quint32 uniform(quint32 upperBound)
{
    return randombytes_uniform(upperBound);
}

} // namespace billing::server::SecureRandom
