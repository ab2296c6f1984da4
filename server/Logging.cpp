#include "Logging.h"

namespace billing::server {

Q_LOGGING_CATEGORY(lcHttp, "billing.server.http")
Q_LOGGING_CATEGORY(lcDb, "billing.server.db")
Q_LOGGING_CATEGORY(lcSpi, "billing.server.spi")
Q_LOGGING_CATEGORY(lcAuth, "billing.server.auth")
Q_LOGGING_CATEGORY(lcMail, "billing.server.mail")
Q_LOGGING_CATEGORY(lcMarketplace, "billing.server.marketplace")
Q_LOGGING_CATEGORY(lcServer, "billing.server")

namespace {
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void secretSafeFilter(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}
} // namespace

void installSecretSafeLogFilter()
{
    g_previousFilter = QLoggingCategory::installFilter(secretSafeFilter);
}

} // namespace billing::server
