#pragma once

#include <QJsonObject>
#include <QString>

namespace billing::server::billtext {

// Wire texts of bills (docs/billing.md): quantities with trailing zeros trimmed ("6000",
// "0.5"), unit prices with at least two places ("1.20", "0.143"), payers as objects.
QString quantity(qint64 quantityE4);
QString unitPrice(qint64 micros);
QJsonObject payer(const QString &method, const QString &instanceId);

} // namespace billing::server::billtext
