#include "SandboxSubscriptionPanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace billing {

SandboxSubscriptionPanel::SandboxSubscriptionPanel(bool claimable, QWidget *parent)
    : QWidget(parent)
    , m_claimable(claimable)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_note(new QLabel(this))
    , m_copy(new QPushButton(claimable ? tr("&Copy code") : tr("&Copy IDs"), this))
{
    setObjectName(QStringLiteral("subscriptionPanel"));
    m_title->setText(claimable ? tr("Claim code") : tr("IDs for Change settlement"));
    m_value->setObjectName(QStringLiteral("subscriptionValueLabel"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_value->setAccessibleName(m_title->text());
    if (claimable) {
        QFont large = m_value->font();
        large.setPointSizeF(large.pointSizeF() * 2.2);
        large.setBold(true);
        large.setFamily(QStringLiteral("monospace"));
        large.setStyleHint(QFont::Monospace);
        m_value->setFont(large);
        m_bind = new QPushButton(tr("&Bind in Billing Desk…"), this);
        m_bind->setObjectName(QStringLiteral("bindButton"));
        connect(m_bind, &QPushButton::clicked, this, [this] {
            if (!m_code.isEmpty())
                Q_EMIT bindRequested(m_code);
        });
    }
    m_note->setWordWrap(true);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    connect(m_copy, &QPushButton::clicked, this, &SandboxSubscriptionPanel::copy);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    if (m_bind)
        buttons->addWidget(m_bind);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addLayout(buttons);
    layout->addWidget(m_note);
    layout->addStretch(1);
    showSubscription(nullptr);
}

QString SandboxSubscriptionPanel::idsText(const MarketplaceSubscription &subscription)
{
    return tr("Account ID: %1\nInstance ID: %2")
        .arg(subscription.customerAccount(), subscription.instanceId);
}

QString SandboxSubscriptionPanel::codeText() const
{
    return m_value->text();
}

void SandboxSubscriptionPanel::showSubscription(const SandboxSubscription *subscription)
{
    m_code = subscription ? subscription->claimCode : QString();
    m_ids = subscription ? idsText(subscription->subscription) : QString();
    const bool shown = subscription && (m_claimable ? !m_code.isEmpty() : true);
    m_value->setText(!shown ? QStringLiteral("—") : m_claimable ? m_code : m_ids);
    m_copy->setEnabled(shown);
    if (m_bind)
        m_bind->setEnabled(shown && subscription->subscription.isLive());
    if (!subscription)
        m_note->setText(tr("Select a subscription."));
    else if (m_claimable)
        m_note->setText(tr("Valid for 30 minutes and once: claiming it makes the subscription "
                           "this account's. Then bind workspaces to it in Change settlement."));
    else
        m_note->setText(tr("Change settlement takes these IDs for the workspaces this "
                           "subscription pays for."));
}

void SandboxSubscriptionPanel::copy()
{
    if (m_claimable) {
        QGuiApplication::clipboard()->setText(m_code);
        Q_EMIT copied(tr("The claim code was copied."));
        return;
    }
    QGuiApplication::clipboard()->setText(m_ids);
    Q_EMIT copied(tr("The IDs were copied."));
}

} // namespace billing
