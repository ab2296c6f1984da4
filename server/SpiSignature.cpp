#include "SpiSignature.h"

#include <QCryptographicHash>

#include <sodium.h>

#include <algorithm>

namespace billing::server::SpiSignature {
namespace {
const QString kTokenName = QStringLiteral("token");
}

QByteArray compute(const QList<QPair<QString, QString>> &parameters, const QByteArray &secret)
{
    QList<QPair<QString, QString>> signedItems;
    for (const auto &item : parameters) {
        if (item.first != kTokenName)
            signedItems.append(item);
    }
    std::sort(signedItems.begin(), signedItems.end());
    QByteArray text;
    for (const auto &[name, value] : signedItems) {
        if (!text.isEmpty())
            text += '&';
        text += name.toUtf8() + '=' + value.toUtf8();
    }
    text += QByteArrayLiteral("&key=") + secret;
    return QCryptographicHash::hash(text, QCryptographicHash::Md5).toHex();
}

bool verify(const QList<QPair<QString, QString>> &parameters, const QByteArray &secret)
{
    QByteArray received;
    bool found = false;
    for (const auto &[name, value] : parameters) {
        if (name == kTokenName) {
            received = value.toLatin1().toLower();
            found = true;
            break;
        }
    }
    const QByteArray expected = compute(parameters, secret);
    if (!found || received.size() != expected.size())
        return false;
    return sodium_memcmp(received.constData(), expected.constData(), size_t(expected.size())) == 0;
}

} // namespace billing::server::SpiSignature
