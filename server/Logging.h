#pragma once

#include <QLoggingCategory>

namespace billing::server {

// billing.server.<area>; none of them ever carries a password, token, code or SPI key.

Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcSpi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcMail)
Q_DECLARE_LOGGING_CATEGORY(lcMarketplace)
Q_DECLARE_LOGGING_CATEGORY(lcServer)

// QtHttpServer's own debug output prints whole requests: the SPI query string with its token,
// the Authorization header. Keeps those categories quiet at debug level whatever
// QT_LOGGING_RULES says (a filter runs after the rules).
void installSecretSafeLogFilter();

} // namespace billing::server
