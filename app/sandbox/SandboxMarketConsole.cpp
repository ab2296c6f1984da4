#include "SandboxMarketConsole.h"

#include "MeteringRecordModel.h"
#include "SandboxConsoleJob.h"
#include "SandboxMeteringJob.h"
#include "SandboxSubscriptionModel.h"
#include "SubscriptionListJob.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSandboxConsole, "billing.sandbox.console", QtInfoMsg)

namespace billing {
namespace {
const QString kSubscribe = QStringLiteral("subscribe");

template <typename Job> void drop(QPointer<Job> &job, QObject *owner)
{
    if (!job)
        return;
    job->disconnect(owner);
    job->abort();
    job->deleteLater();
    job = nullptr;
}
} // namespace

SandboxMarketConsole::SandboxMarketConsole(BillingClient &client, SettlementMethod marketplace,
                                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profile(SandboxMarketProfile::of(marketplace))
    , m_subscriptions(new SandboxSubscriptionModel(this))
    , m_metering(new MeteringRecordModel(this))
{}

SandboxMarketConsole::~SandboxMarketConsole()
{
    drop(m_console, this);
    drop(m_meteringJob, this);
    drop(m_statusJob, this);
}

bool SandboxMarketConsole::isBusy() const
{
    return m_console != nullptr;
}

bool SandboxMarketConsole::isLoadingMetering() const
{
    return m_meteringJob != nullptr;
}

bool SandboxMarketConsole::isRefreshing() const
{
    return m_statusJob != nullptr;
}

void SandboxMarketConsole::subscribe(const QJsonObject &inputs)
{
    if (isBusy())
        return;
    startConsoleJob(new SandboxConsoleJob(m_client, m_profile.subscriptionsPath, inputs, this),
                    kSubscribe);
}

void SandboxMarketConsole::act(const QString &subscriptionId, const QString &action)
{
    if (isBusy() || m_subscriptions->rowOf(subscriptionId) < 0)
        return;
    startConsoleJob(
        new SandboxConsoleJob(m_client, m_profile.actionPath(subscriptionId, action), {}, this),
        action);
}

void SandboxMarketConsole::startConsoleJob(SandboxConsoleJob *job, const QString &action)
{
    m_console = job;
    connect(job, &ApiJob::finished, this, [this, job, action] { consoleFinished(job, action); });
    Q_EMIT busyChanged(true);
    job->start();
}

void SandboxMarketConsole::consoleFinished(SandboxConsoleJob *job, const QString &action)
{
    job->deleteLater();
    m_console = nullptr;
    Q_EMIT busyChanged(false);
    if (!job->ok()) {
        qCInfo(lcSandboxConsole) << toWire(m_profile.marketplace) << action
                                 << "failed:" << job->error().detail;
        Q_EMIT message(failureText(job->error(), action != kSubscribe), true);
        return;
    }
    const SandboxSubscription &result = job->result();
    const QString id = result.subscription.instanceId;
    if (action == kSubscribe) {
        const int row = m_subscriptions->add(result);
        Q_EMIT message(doneText(action, id), false);
        Q_EMIT subscribed(row);
        return;
    }
    m_subscriptions->update(result.subscription);
    Q_EMIT message(doneText(action, id), false);
    Q_EMIT rowChanged(m_subscriptions->rowOf(id));
}

QString SandboxMarketConsole::doneText(const QString &action, const QString &subscriptionId) const
{
    if (action == kSubscribe) {
        return m_profile.claimable
                   ? tr("Subscribed: %1. Bind it in Billing Desk with the claim code.")
                         .arg(subscriptionId)
                   : tr("Subscribed: %1. Bind a workspace with these IDs in Change settlement.")
                         .arg(subscriptionId);
    }
    for (const SandboxMarketAction &known : m_profile.actions) {
        if (known.wire == action)
            return tr("%1: %2. %3").arg(known.label, subscriptionId, known.help);
    }
    return subscriptionId;
}

QString SandboxMarketConsole::failureText(const ClientError &error, bool aboutSubscription) const
{
    // A missing route answers 404 too: on a server without this market, say so.
    if (error.httpStatus == 404) {
        return aboutSubscription
                   ? tr("The %1 sandbox market does not know this subscription or this action.")
                         .arg(m_profile.name)
                   : tr("This Billing Center has no %1 sandbox market.").arg(m_profile.name);
    }
    return error.userMessage();
}

void SandboxMarketConsole::refreshStatuses()
{
    drop(m_statusJob, this);
    auto *job = new SubscriptionListJob(m_client, std::nullopt, this); // every marketplace's
    m_statusJob = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        m_statusJob = nullptr;
        if (!job->ok()) {
            qCInfo(lcSandboxConsole) << "subscriptions failed:" << job->error().detail;
            Q_EMIT message(job->error().userMessage(), true);
            Q_EMIT statusesRefreshed();
            return;
        }
        for (const MarketplaceSubscription &subscription : job->subscriptions()) {
            if (m_subscriptions->update(subscription))
                Q_EMIT rowChanged(m_subscriptions->rowOf(subscription.instanceId));
        }
        Q_EMIT statusesRefreshed();
    });
    job->start();
}

void SandboxMarketConsole::refreshMetering(const QString &subscriptionId)
{
    drop(m_meteringJob, this);
    if (subscriptionId != m_meteringOf) {
        m_meteringOf = subscriptionId;
        m_metering->setRecords({});
    }
    if (subscriptionId.isEmpty()) {
        Q_EMIT meteringRefreshed(0, {});
        return;
    }
    const QString parameter = m_profile.marketplace == SettlementMethod::Aliyun
                                  ? QStringLiteral("instanceId")
                                  : QStringLiteral("subscriptionId");
    auto *job =
        new SandboxMeteringJob(m_client, m_profile.meteringPath, parameter, subscriptionId, this);
    m_meteringJob = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        m_meteringJob = nullptr;
        if (!job->ok()) {
            qCInfo(lcSandboxConsole) << "metering failed:" << job->error().detail;
            Q_EMIT meteringRefreshed(m_metering->rowCount(), failureText(job->error(), false));
            return;
        }
        m_metering->setRecords(job->records());
        Q_EMIT meteringRefreshed(job->total(), {});
    });
    job->start();
}

} // namespace billing
