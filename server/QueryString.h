#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace billing::server::QueryString {

// Splits a raw (still percent-encoded) query into decoded items, keeping their order.
// '+' decodes to a space, as in HTML forms and the marketplace's own encoder.
QList<QPair<QString, QString>> decode(const QByteArray &rawQuery);

} // namespace billing::server::QueryString
