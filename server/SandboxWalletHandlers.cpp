#include "SandboxWalletHandlers.h"

#include "AccountStore.h"
#include "Clock.h"
#include "DemoSeeder.h"
#include "Logging.h"
#include "RequestBody.h"
#include "Router.h"
#include "WalletJson.h"
#include "WalletService.h"

#include <ExactDecimal.h>
#include <Rfc3339.h>

namespace billing::server {
namespace {
constexpr qint64 kMaxAmountCents = 100'000'000'000; // one billion in the currency

// A positive amount with at most two decimals; nullopt after reporting the field.
std::optional<qint64> readAmount(FieldReader &reader)
{
    const auto text = reader.string("amount");
    if (!text)
        return std::nullopt;
    const auto cents = money::parseScaled(*text, 2);
    if (!cents || *cents <= 0 || *cents > kMaxAmountCents) {
        reader.fail("amount", QStringLiteral("Must be a positive amount with at most two "
                                             "decimals, as a string (\"100.00\")."));
        return std::nullopt;
    }
    return cents;
}
} // namespace

SandboxWalletHandlers::SandboxWalletHandlers(WalletService &wallets, AccountStore &accounts,
                                             const Clock &clock)
    : m_wallets(wallets)
    , m_accounts(accounts)
    , m_clock(clock)
{}

void SandboxWalletHandlers::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/sandbox/wallet/recharge"), {Auth::None, true},
               [this](RequestContext &context) { return recharge(context); });
    router.add("POST", QStringLiteral("/api/v1/sandbox/wallet/vouchers"), {Auth::None, true},
               [this](RequestContext &context) { return grantVoucher(context); });
}

std::optional<QString> SandboxWalletHandlers::accountOf(FieldReader &reader)
{
    const QString username = reader.string("username", false).value_or(DemoSeeder::kUsername);
    const auto found = m_accounts.findByUsername(username);
    if (!found) {
        reader.fail("username", QStringLiteral("No such account."));
        return std::nullopt;
    }
    return found->account.id;
}

HttpResponse SandboxWalletHandlers::recharge(const RequestContext &context)
{
    RequestBody body(context.request.body, {"amount", "username"});
    const auto cents = readAmount(body.fields());
    const auto accountId = accountOf(body.fields());
    if (!body.ok())
        return HttpResponse::error(body.error());
    const WalletView view = m_wallets.recharge(*accountId, *cents);
    qCInfo(lcServer) << "sandbox recharge of" << money::amountText(*cents) << "for account"
                     << *accountId;
    return HttpResponse::json(200, WalletJson::wallet(view));
}

HttpResponse SandboxWalletHandlers::grantVoucher(const RequestContext &context)
{
    RequestBody body(context.request.body, {"amount", "expiresAt", "username"});
    FieldReader &reader = body.fields();
    const auto cents = readAmount(reader);
    QDateTime expiresAt;
    if (const auto text = reader.string("expiresAt")) {
        expiresAt = rfc3339::parse(*text);
        if (!expiresAt.isValid())
            reader.fail("expiresAt", QStringLiteral("Must be an RFC 3339 time."));
        else if (expiresAt <= m_clock.now())
            reader.fail("expiresAt", QStringLiteral("Must be in the future."));
    }
    const auto accountId = accountOf(reader);
    if (!body.ok())
        return HttpResponse::error(body.error());
    const QDateTime expires = QDateTime::fromSecsSinceEpoch(expiresAt.toSecsSinceEpoch(), Qt::UTC);
    const WalletView view = m_wallets.grantVoucher(*accountId, *cents, expires);
    return HttpResponse::json(200, WalletJson::wallet(view));
}

} // namespace billing::server
