#include "SandboxMarketTab.h"

#include "FieldErrorLabel.h"
#include "FittedColumns.h"
#include "SandboxMarketConsole.h"
#include "SandboxMeteringPanel.h"
#include "SandboxSubscribeForm.h"
#include "SandboxSubscriptionModel.h"
#include "SandboxSubscriptionPanel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace billing {

SandboxMarketTab::SandboxMarketTab(BillingClient &client, SettlementMethod marketplace,
                                   QWidget *parent)
    : QWidget(parent)
    , m_console(new SandboxMarketConsole(client, marketplace, this))
    , m_form(new SandboxSubscribeForm(m_console->profile(), this))
    , m_table(new QTableView(this))
    , m_refresh(new QPushButton(tr("&Refresh status"), this))
    , m_panel(new SandboxSubscriptionPanel(m_console->profile().claimable, this))
    , m_metering(new SandboxMeteringPanel(*m_console, this))
    , m_status(new QLabel(this))
    , m_error(new FieldErrorLabel(this))
{
    setObjectName(QStringLiteral("sandboxMarketTab_") + toWire(marketplace));
    m_status->setObjectName(QStringLiteral("marketStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("marketErrorLabel"));

    auto *subscribeBox = new QGroupBox(tr("Subscribe as a buyer"), this);
    (new QVBoxLayout(subscribeBox))->addWidget(m_form);
    auto *takeBox = new QGroupBox(tr("Take to Billing Desk"), this);
    (new QVBoxLayout(takeBox))->addWidget(m_panel);
    auto *top = new QHBoxLayout;
    top->addWidget(subscribeBox, 1);
    top->addWidget(takeBox, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createSubscriptionsBox());
    splitter->addWidget(m_metering);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_error);

    connect(m_form, &SandboxSubscribeForm::subscribeRequested, m_console,
            &SandboxMarketConsole::subscribe);
    connect(m_console, &SandboxMarketConsole::busyChanged, this, [this](bool busy) {
        m_form->setBusy(busy);
        if (busy)
            showMessage(tr("Waiting for the marketplace…"), false);
        updateActions();
    });
    connect(m_console, &SandboxMarketConsole::message, this, &SandboxMarketTab::showMessage);
    connect(m_console, &SandboxMarketConsole::subscribed, this,
            [this](int row) { m_table->selectRow(row); });
    connect(m_console, &SandboxMarketConsole::rowChanged, this, [this](int row) {
        if (m_table->currentIndex().row() == row)
            selectionChanged();
    });
    connect(m_panel, &SandboxSubscriptionPanel::bindRequested, this,
            &SandboxMarketTab::bindRequested);
    connect(m_panel, &SandboxSubscriptionPanel::copied, this,
            [this](const QString &text) { showMessage(text, false); });
    updateActions();
}

QWidget *SandboxMarketTab::createSubscriptionsBox()
{
    const SandboxMarketProfile &profile = m_console->profile();
    m_table->setObjectName(QStringLiteral("subscriptionTableView"));
    m_table->setAccessibleName(tr("Subscriptions made here"));
    m_table->setModel(m_console->subscriptions());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    keepColumnsFitted(*m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SandboxMarketTab::selectionChanged);

    auto *buttons = new QHBoxLayout;
    for (const SandboxMarketAction &action : profile.actions) {
        auto *button = new QPushButton(action.label, this);
        button->setObjectName(action.wire + QStringLiteral("Button"));
        button->setToolTip(action.help);
        connect(button, &QPushButton::clicked, this,
                [this, wire = action.wire] { m_console->act(selectedId(), wire); });
        m_actions.append(button);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    m_refresh->setObjectName(QStringLiteral("refreshStatusButton"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setToolTip(tr("The status and bound workspaces of the subscriptions this "
                             "account claimed or bound"));
    connect(m_refresh, &QPushButton::clicked, m_console, &SandboxMarketConsole::refreshStatuses);
    connect(m_console, &SandboxMarketConsole::statusesRefreshed, this,
            &SandboxMarketTab::updateActions);
    buttons->addWidget(m_refresh);

    auto *box = new QGroupBox(tr("Subscriptions made here"), this);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    return box;
}

QString SandboxMarketTab::statusText() const
{
    return m_error->isHidden() ? m_status->text() : m_error->text();
}

QString SandboxMarketTab::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_console->subscriptions()->at(current.row()).subscription.instanceId
                             : QString();
}

void SandboxMarketTab::selectionChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_panel->showSubscription(current.isValid() ? &m_console->subscriptions()->at(current.row())
                                                : nullptr);
    m_metering->setSubscription(selectedId());
    updateActions();
}

void SandboxMarketTab::updateActions()
{
    const bool selected = m_table->currentIndex().isValid();
    const bool idle = !m_console->isBusy();
    for (QPushButton *button : std::as_const(m_actions))
        button->setEnabled(selected && idle);
    m_refresh->setEnabled(m_console->subscriptions()->rowCount() > 0 && !m_console->isRefreshing());
}

void SandboxMarketTab::showMessage(const QString &text, bool error)
{
    m_status->setText(error ? QString() : text);
    m_error->setMessage(error ? text : QString());
}

} // namespace billing
