#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace billing::server {

class AccountStore;
class ClaimCodes;
class Clock;
class MailStore;
class MarketplaceMessages;
class MarketplaceService;
class OffsetClock;
class Transactional;
struct ServerOptions;

// What every marketplace adapter may use; owned by BillingCenter, outliving the adapters.
struct MarketplaceContext {
    MarketplaceService &marketplace;
    ClaimCodes &claims;
    MarketplaceMessages &messages; // callbacks already taken, per marketplace
    const Clock &clock;            // the server clock (the sandbox moves it)
    const Clock &systemClock;      // real time: signature freshness
    Transactional &transactions;
    QSqlDatabase db;
    const ServerOptions &options;
    MailStore &mails;
    OffsetClock &sandboxClock;
    AccountStore &accounts;
    std::function<QString()> publicUrl; // base URL for links back to this server
};

} // namespace billing::server
