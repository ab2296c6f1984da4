#pragma once

#include "SandboxMarketProfile.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace billing {

class BillingClient;
class MeteringRecordModel;
class SandboxConsoleJob;
class SandboxMeteringJob;
class SubscriptionListJob;
class SandboxSubscriptionModel;
struct ClientError;

// One sandbox market's console as its buyer and operator would use it: subscribe, act on a
// subscription (expire, unsubscribe, freeze, …), see the subscriptions' status and what the
// market's metering API accepted. One console request at a time; the metering and status
// reads run beside it. No widgets: the Sandbox markets window shows it.
class SandboxMarketConsole : public QObject
{
    Q_OBJECT

public:
    SandboxMarketConsole(BillingClient &client, SettlementMethod marketplace,
                         QObject *parent = nullptr);
    ~SandboxMarketConsole() override;

    const SandboxMarketProfile &profile() const { return m_profile; }
    SandboxSubscriptionModel *subscriptions() const { return m_subscriptions; }
    MeteringRecordModel *metering() const { return m_metering; }
    bool isBusy() const;
    bool isLoadingMetering() const;
    bool isRefreshing() const;

    // inputs: the console's body ({"aliUid","trial"}, {"planId","quantity"}, …).
    void subscribe(const QJsonObject &inputs);
    void act(const QString &subscriptionId, const QString &action);
    // The status of every listed subscription the signed-in account claimed or bound.
    void refreshStatuses();
    // What the market accepted for this subscription.
    void refreshMetering(const QString &subscriptionId);

Q_SIGNALS:
    void busyChanged(bool busy);
    void subscribed(int row);
    // A console action or a status refresh changed this row.
    void rowChanged(int row);
    void statusesRefreshed();
    // meteringTotal: how many the market holds (more than listed when it sent one page);
    // error: translated, empty unless the read failed (the records listed before stay).
    void meteringRefreshed(qint64 meteringTotal, const QString &error);
    // A translated sentence: what was done, or why it failed (error true).
    void message(const QString &text, bool error);

private:
    void startConsoleJob(SandboxConsoleJob *job, const QString &action);
    void consoleFinished(SandboxConsoleJob *job, const QString &action);
    QString failureText(const ClientError &error, bool aboutSubscription) const;
    QString doneText(const QString &action, const QString &subscriptionId) const;

    BillingClient &m_client;
    SandboxMarketProfile m_profile;
    SandboxSubscriptionModel *m_subscriptions;
    MeteringRecordModel *m_metering;
    QPointer<SandboxConsoleJob> m_console;
    QPointer<SandboxMeteringJob> m_meteringJob;
    QString m_meteringOf; // the subscription the metering model lists
    QPointer<SubscriptionListJob> m_statusJob;
};

} // namespace billing
