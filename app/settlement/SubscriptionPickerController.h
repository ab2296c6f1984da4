#pragma once

#include "MarketplaceSubscription.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace billing {

class ApiJob;
class BillingClient;

// The AWS or Azure subscription a workspace is to be settled through, chosen among those the
// account has claimed (GET /api/v1/marketplace/subscriptions?marketplace=…). Only an opened
// subscription can settle a workspace; the others are listed so that the user sees why.
class SubscriptionPickerController : public QObject
{
    Q_OBJECT

public:
    enum class Load { Idle, Loading, Loaded, Failed };
    Q_ENUM(Load)

    explicit SubscriptionPickerController(BillingClient &client, QObject *parent = nullptr);
    ~SubscriptionPickerController() override;

    static bool handles(SettlementMethod method);
    SettlementMethod marketplace() const { return m_marketplace; }
    // Aws or Azure; loads that marketplace's list when it was not loaded yet.
    void setMarketplace(SettlementMethod marketplace);
    // Asks the Billing Center again (after a claim).
    void reload();

    Load load() const { return m_load; }
    QString loadMessage() const { return m_loadMessage; } // translated, while Failed
    const QList<MarketplaceSubscription> &subscriptions() const { return m_subscriptions; }
    static bool isSelectable(const MarketplaceSubscription &subscription);
    bool hasSelectable() const;

    // The chosen subscription's id; empty when none (or one that cannot settle) is chosen.
    QString selectedId() const;
    // Chooses a listed subscription (or remembers the id until the list has it).
    void select(const QString &subscriptionId);
    bool isValid() const { return !selectedId().isEmpty(); }
    // Why nothing can be chosen or the chosen one cannot settle, translated; empty when valid.
    QString reason() const;

    // "aws-0123… · plan basic · AWS account 123456789012 · opened", translated.
    static QString describe(const MarketplaceSubscription &subscription);

Q_SIGNALS:
    void listChanged();
    void selectionChanged();

private:
    void finishLoad(ApiJob *job);

    BillingClient &m_client;
    SettlementMethod m_marketplace = SettlementMethod::Aws;
    Load m_load = Load::Idle;
    QString m_loadMessage;
    QList<MarketplaceSubscription> m_subscriptions;
    QString m_wanted; // the id asked for, kept while the list does not have it
    QPointer<ApiJob> m_job;
};

} // namespace billing
