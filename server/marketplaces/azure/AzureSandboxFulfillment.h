#pragma once

#include "AzureFulfillment.h"

#include <QDateTime>
#include <QHash>

namespace billing::server {

class Clock;

// The sandbox's Azure Marketplace fulfillment API (--sandbox), in process and in memory: the
// landing tokens it minted (valid 24 h by the server clock, as Azure's "usually 24 hours") and
// its own record of each subscription's state. A restart forgets both.
class AzureSandboxFulfillment : public AzureFulfillment
{
public:
    enum class State { PendingFulfillmentStart, Subscribed, Suspended, Unsubscribed };
    static constexpr qint64 kTokenLifetimeSeconds = 24 * 3600;

    explicit AzureSandboxFulfillment(const Clock &clock);

    // A new subscription waiting for fulfilment, and the token its landing URL carries.
    // With refuseActivation, activate() fails (to show a subscription left pending).
    QString subscribe(const QString &planId, qint64 quantity, bool refuseActivation = false);

    std::optional<AzureResolvedSubscription> resolve(const QString &token,
                                                     AzureFulfillmentError *error) override;
    bool activate(const QString &subscriptionId, const QString &planId, qint64 quantity,
                  AzureFulfillmentError *error) override;

    // The market's own view, as its console changes it; nullopt for an id it never made.
    std::optional<State> state(const QString &subscriptionId) const;
    void setState(const QString &subscriptionId, State state);
    std::optional<AzureResolvedSubscription> find(const QString &subscriptionId) const;
    void setPlan(const QString &subscriptionId, const QString &planId);
    void setQuantity(const QString &subscriptionId, qint64 quantity);

private:
    struct Record {
        AzureResolvedSubscription subscription;
        State state = State::PendingFulfillmentStart;
        bool refuseActivation = false;
    };
    struct Token {
        QString subscriptionId;
        QDateTime mintedAt;
    };

    const Clock &m_clock;
    QHash<QString, Record> m_subscriptions;
    QHash<QString, Token> m_tokens;
};

} // namespace billing::server
