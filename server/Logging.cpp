#include "Logging.h"

namespace billing::server {

Q_LOGGING_CATEGORY(lcHttp, "billing.server.http")
Q_LOGGING_CATEGORY(lcDb, "billing.server.db")
Q_LOGGING_CATEGORY(lcSpi, "billing.server.spi")
Q_LOGGING_CATEGORY(lcAuth, "billing.server.auth")
Q_LOGGING_CATEGORY(lcMail, "billing.server.mail")
Q_LOGGING_CATEGORY(lcMarketplace, "billing.server.marketplace")
Q_LOGGING_CATEGORY(lcServer, "billing.server")

} // namespace billing::server
