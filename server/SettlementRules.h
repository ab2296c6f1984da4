#pragma once

#include <ApiError.h>
#include <MarketplaceSubscription.h>
#include <SettlementChange.h>
#include <Workspace.h>

#include <QDateTime>
#include <QList>

#include <optional>

namespace billing::server {

// What the rules need to know about a workspace and its surroundings; gathered by the caller
// so the rules stay pure (no storage, no clock).
struct ChangeContext {
    Workspace current; // as presented (nextChangeAllowedAt filled in)
    QDateTime lastUserChangeAt;
    QList<SettlementMethod> siteMethods;
    QList<SettlementMethod> grantedMethods;
    std::optional<MarketplaceSubscription>
        currentInstance; // the instance the workspace is bound to
    std::optional<MarketplaceSubscription> requestedInstance; // the instance the request names
    bool requestedClaimedByRequester = false; // AWS, Azure: claimed by the requesting account
    QDateTime now;
};

struct Verdict {
    enum class Kind { Apply, NoOp, Reject };
    Kind kind = Kind::Apply;
    ApiError error; // for Reject

    static Verdict apply() { return {}; }
    static Verdict noOp() { return {Kind::NoOp, {}}; }
    static Verdict reject(ApiError error) { return {Kind::Reject, std::move(error)}; }
};

// Decides a settlement change in the documented order: expectedVersion, re-submission
// (no-op), site rule, monthly rule, cloud-switch rule, instance checks.
class SettlementRules
{
public:
    Verdict decideChange(const ChangeContext &context, const SettlementChange &request) const;
    // A new workspace: the site rule and the instance checks (creation is not a change).
    Verdict decideCreation(const QList<SettlementMethod> &siteMethods,
                           const QList<SettlementMethod> &grantedMethods,
                           const SettlementChange &request,
                           const std::optional<MarketplaceSubscription> &requestedInstance,
                           bool requestedClaimedByRequester) const;

    // First instant of the month after the last user change, while that is still ahead.
    static QDateTime nextChangeAllowedAt(const QDateTime &lastUserChangeAt, const QDateTime &now);
    static QDateTime startOfNextMonth(const QDateTime &time);

private:
    static std::optional<ApiError> siteRule(const QList<SettlementMethod> &siteMethods,
                                            const QList<SettlementMethod> &grantedMethods,
                                            SettlementMethod method);
    static std::optional<ApiError>
    instanceChecks(const SettlementChange &request,
                   const std::optional<MarketplaceSubscription> &instance, bool claimedByRequester);
};

} // namespace billing::server
