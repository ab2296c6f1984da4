#include "SubscriptionPickerWidget.h"

#include "MarketplaceHelpDialog.h"
#include "SubscriptionPickerController.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace billing {
namespace {
using Load = SubscriptionPickerController::Load;

QString emptyText(SettlementMethod marketplace, const QString &brand)
{
    if (marketplace == SettlementMethod::Azure)
        return SubscriptionPickerWidget::tr(
                   "No claimed Azure subscription yet: subscribe to %1 in Azure Marketplace, "
                   "then paste the claim code the %1 page shows with \"Bind marketplace "
                   "subscription…\" (or open its link).")
            .arg(brand);
    return SubscriptionPickerWidget::tr(
               "No claimed AWS subscription yet: subscribe to %1 in AWS Marketplace, then paste "
               "the claim code the %1 page shows with \"Bind marketplace subscription…\" (or open "
               "its link).")
        .arg(brand);
}
} // namespace

SubscriptionPickerWidget::SubscriptionPickerWidget(SubscriptionPickerController &controller,
                                                   const Branding &branding, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_branding(branding)
    , m_combo(new QComboBox(this))
    , m_empty(new QLabel(this))
    , m_status(new QLabel(this))
    , m_claim(new QPushButton(tr("&Bind marketplace subscription…"), this))
{
    setObjectName(QStringLiteral("subscriptionPickerWidget"));
    m_combo->setObjectName(QStringLiteral("subscriptionComboBox"));
    m_combo->setAccessibleName(tr("Marketplace subscription"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_empty->setObjectName(QStringLiteral("noSubscriptionLabel"));
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("subscriptionStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_claim->setObjectName(QStringLiteral("bindSubscriptionButton"));
    m_claim->setAccessibleName(tr("Bind marketplace subscription"));
    m_claim->setToolTip(tr("Paste the claim code of a subscription you bought in the "
                           "marketplace."));
    connect(m_claim, &QPushButton::clicked, this,
            [this] { Q_EMIT claimRequested(m_controller.marketplace()); });

    auto *help = new QPushButton(tr("How do I subscribe?"), this);
    help->setObjectName(QStringLiteral("subscriptionHelpButton"));
    help->setAccessibleName(tr("How do I subscribe?"));
    help->setFlat(true);
    help->setIcon(style()->standardIcon(QStyle::SP_MessageBoxQuestion));
    connect(help, &QPushButton::clicked, this, &SubscriptionPickerWidget::showHelp);

    auto *label = new QLabel(tr("&Subscription:"), this);
    label->setBuddy(m_combo);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(label, m_combo);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_claim);
    actions->addStretch(1);
    actions->addWidget(help);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(actions);

    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { m_controller.select(m_combo->itemData(index).toString()); });
    connect(&controller, &SubscriptionPickerController::listChanged, this,
            &SubscriptionPickerWidget::showList);
    connect(&controller, &SubscriptionPickerController::selectionChanged, this,
            &SubscriptionPickerWidget::showSelection);
    showList();
}

void SubscriptionPickerWidget::showList()
{
    const QString brand = m_branding.brandName;
    m_combo->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_combo->model());
    for (const MarketplaceSubscription &subscription : m_controller.subscriptions()) {
        m_combo->addItem(SubscriptionPickerController::describe(subscription),
                         subscription.instanceId);
        if (model && !SubscriptionPickerController::isSelectable(subscription))
            model->item(m_combo->count() - 1)->setEnabled(false);
    }
    const bool none = m_controller.load() == Load::Loaded && !m_controller.hasSelectable();
    m_empty->setText(emptyText(m_controller.marketplace(), brand));
    m_empty->setVisible(none);
    m_combo->setEnabled(m_combo->count() > 0);
    if (m_help)
        m_help->setMarketplace(m_controller.marketplace());
    showSelection();
}

void SubscriptionPickerWidget::showSelection()
{
    const int index = m_combo->findData(m_controller.selectedId());
    m_combo->setCurrentIndex(index);
    const bool none = m_controller.load() == Load::Loaded && !m_controller.hasSelectable();
    // The empty state already says why; the reason would repeat it.
    const QString reason = none ? QString() : m_controller.reason();
    m_status->setText(reason);
    m_status->setVisible(!reason.isEmpty());
}

MarketplaceHelpDialog *SubscriptionPickerWidget::helpDialog() const
{
    return m_help;
}

void SubscriptionPickerWidget::showHelp()
{
    MarketplaceHelpDialog::showFor(m_help, m_branding, m_controller.marketplace(), this);
}

} // namespace billing
