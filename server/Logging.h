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

} // namespace billing::server
