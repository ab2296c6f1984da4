#include "ChangeSettlementDialog.h"

#include "BillingClient.h"
#include "BindingText.h"
#include "MarketplaceBindingController.h"
#include "MarketplaceBindingWidget.h"
#include "SettlementMethodPicker.h"
#include "SiteText.h"
#include "SubscriptionPickerController.h"
#include "SubscriptionPickerWidget.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace billing {
namespace {
using Rule = SettlementEligibility::Rule;

QList<SettlementMethod> grantedMethods(const BillingClient &client)
{
    const auto &account = client.session().account;
    return account ? account->grantedMethods : QList<SettlementMethod>{};
}

QLabel *wrappedLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ChangeSettlementDialog::ChangeSettlementDialog(BillingClient &client, const Branding &branding,
                                               const QList<Workspace> &workspaces,
                                               const QDateTime &now, bool sandbox, QWidget *parent)
    : QDialog(parent)
    , m_workspaces(workspaces)
    , m_now(now)
    , m_eligibility(SiteTable::builtIn(), grantedMethods(client))
    , m_binding(new MarketplaceBindingController(client, this))
    , m_subscriptions(new SubscriptionPickerController(client, this))
{
    setObjectName(QStringLiteral("changeSettlementDialog"));
    setWindowTitle(tr("Change settlement"));
    m_binding->setSandbox(sandbox);
    m_bindingBox = new QGroupBox(this);
    m_bindingBox->setObjectName(QStringLiteral("bindingGroupBox"));
    m_bindingWidget = new MarketplaceBindingWidget(*m_binding, branding, m_bindingBox);
    (new QVBoxLayout(m_bindingBox))->addWidget(m_bindingWidget);
    m_subscriptionBox = new QGroupBox(this);
    m_subscriptionBox->setObjectName(QStringLiteral("subscriptionGroupBox"));
    auto *picker = new SubscriptionPickerWidget(*m_subscriptions, branding, m_subscriptionBox);
    (new QVBoxLayout(m_subscriptionBox))->addWidget(picker);
    connect(picker, &SubscriptionPickerWidget::claimRequested, this,
            &ChangeSettlementDialog::claimRequested);

    m_blocked = wrappedLabel({}, QStringLiteral("notAllowedLabel"), this);
    m_blocked->setAccessibleName(tr("Why workspaces cannot change"));
    m_disabledReason = wrappedLabel({}, QStringLiteral("disabledReasonLabel"), this);

    auto *buttons = new QDialogButtonBox(this);
    m_stage = buttons->addButton(tr("S&tage change"), QDialogButtonBox::AcceptRole);
    m_stage->setObjectName(QStringLiteral("stageChangeButton"));
    m_stage->setToolTip(tr("Add the change to the staged changes; nothing is sent yet."));
    m_apply = buttons->addButton(tr("&Apply now"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyNowButton"));
    m_apply->setToolTip(tr("Send the change to the Billing Center now."));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_stage, &QPushButton::clicked, this, [this] { finish(false); });
    connect(m_apply, &QPushButton::clicked, this, [this] { finish(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSummary());
    layout->addWidget(createMethodChoice());
    layout->addWidget(m_bindingBox);
    layout->addWidget(m_subscriptionBox);
    layout->addWidget(m_blocked);
    layout->addStretch(1);
    layout->addWidget(m_disabledReason);
    layout->addWidget(buttons);

    connect(m_binding, &MarketplaceBindingController::validityChanged, this,
            &ChangeSettlementDialog::refresh);
    connect(m_binding, &MarketplaceBindingController::textChanged, this,
            &ChangeSettlementDialog::refresh);
    connect(m_binding, &MarketplaceBindingController::fieldStateChanged, this,
            &ChangeSettlementDialog::refresh);
    connect(m_binding, &MarketplaceBindingController::lookupChanged, this,
            &ChangeSettlementDialog::refresh);
    connect(m_subscriptions, &SubscriptionPickerController::listChanged, this,
            &ChangeSettlementDialog::refresh);
    connect(m_subscriptions, &SubscriptionPickerController::selectionChanged, this,
            &ChangeSettlementDialog::refresh);

    // A single workspace starts from its own binding, so "Verify" or the combo show it.
    SettlementMethod initial = SettlementMethod::Aliyun;
    if (m_workspaces.size() == 1) {
        const Settlement &current = m_workspaces.constFirst().settlement;
        if (MarketplaceBindingController::handles(current.method)) {
            m_binding->setMarketplace(current.method);
            m_binding->setValues(current.marketplaceAccount(), current.instanceId);
        } else if (SubscriptionPickerController::handles(current.method)) {
            m_subscriptions->setMarketplace(current.method);
            m_subscriptions->select(current.subscriptionId);
        }
        if (isCloudMethod(current.method) && m_methods->offers(current.method))
            initial = current.method;
    }
    if (!m_methods->offers(initial))
        initial = SettlementMethod::BillingCenter;
    setSelectedMethod(initial);
    resize(sizeHint().expandedTo(QSize(600, 0)));
}

ChangeSettlementDialog::~ChangeSettlementDialog() = default;

QWidget *ChangeSettlementDialog::createSummary()
{
    auto *box = new QGroupBox(m_workspaces.size() == 1 ? tr("Workspace") : tr("Workspaces"), this);
    box->setObjectName(QStringLiteral("workspaceGroupBox"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString &label, const QString &text, const QString &objectName) {
        QLabel *value = wrappedLabel(text, objectName, box);
        value->setAccessibleName(label);
        form->addRow(tr("%1:").arg(label), value);
    };

    if (m_workspaces.size() == 1) {
        const Workspace &workspace = m_workspaces.constFirst();
        const auto site = SiteTable::builtIn().find(workspace.site);
        addRow(tr("Name"), workspace.name, QStringLiteral("workspaceNameLabel"));
        addRow(tr("Site"), site ? SiteText::pickerText(*site) : workspace.site,
               QStringLiteral("siteLabel"));
        addRow(tr("Current method"), displayName(workspace.settlement.method),
               QStringLiteral("currentMethodLabel"));
        const QString binding = BindingText::of(workspace.settlement);
        if (!binding.isEmpty())
            addRow(tr("Current binding"), binding, QStringLiteral("currentBindingLabel"));
        if (workspace.status != WorkspaceStatus::Active) {
            addRow(tr("Status"),
                   workspace.status == WorkspaceStatus::Locked
                       ? tr("Locked: a settlement change unlocks it.")
                       : tr("Lock pending: the marketplace subscription has expired."),
                   QStringLiteral("statusLabel"));
        }
        return box;
    }

    QSet<QString> sites;
    QMap<int, int> perMethod;
    for (const Workspace &workspace : m_workspaces) {
        sites.insert(workspace.site);
        perMethod[int(workspace.settlement.method)] += 1;
    }
    const QString count = QLocale().toString(m_workspaces.size());
    QLabel *summary = wrappedLabel(
        sites.size() == 1 ? tr("%1 workspaces on one site").arg(count)
                          : tr("%1 workspaces on %2 sites").arg(count).arg(sites.size()),
        QStringLiteral("selectionSummaryLabel"), box);
    form->addRow(summary);
    for (auto it = perMethod.cbegin(); it != perMethod.cend(); ++it) {
        const auto method = SettlementMethod(it.key());
        addRow(displayName(method), QLocale().toString(it.value()),
               QStringLiteral("%1CountLabel").arg(toWire(method)));
    }
    return box;
}

QWidget *ChangeSettlementDialog::createMethodChoice()
{
    auto *box = new QGroupBox(tr("Settle with"), this);
    box->setObjectName(QStringLiteral("methodGroupBox"));
    m_methods = new SettlementMethodPicker(1, box);
    (new QVBoxLayout(box))->addWidget(m_methods);

    // The two the Billing Center always shows, then any other method a selected site offers.
    QList<SettlementMethod> shown{SettlementMethod::Aliyun, SettlementMethod::BillingCenter};
    for (const Workspace &workspace : m_workspaces) {
        for (SettlementMethod method : m_eligibility.offeredMethods(workspace.site)) {
            if (!shown.contains(method))
                shown.append(method);
        }
    }
    QList<SettlementMethodPicker::Option> options;
    for (SettlementMethod method : shown)
        options.append(
            {.method = method, .text = displayName(method), .accessibleName = displayName(method)});
    m_methods->setOptions(options);
    connect(m_methods, &SettlementMethodPicker::methodChanged, this,
            &ChangeSettlementDialog::refresh);
    return box;
}

SettlementMethod ChangeSettlementDialog::selectedMethod() const
{
    return m_methods->method().value_or(SettlementMethod::BillingCenter);
}

void ChangeSettlementDialog::setSelectedMethod(SettlementMethod method)
{
    m_methods->setMethod(method);
    refresh();
}

SettlementChange ChangeSettlementDialog::target() const
{
    using Field = SettlementBinding::Field;
    SettlementChange change;
    change.method = selectedMethod();
    switch (change.method) {
    case SettlementMethod::Aliyun:
    case SettlementMethod::Huawei:
        change.setBinding(change.method == SettlementMethod::Huawei ? Field::HuaweiAccountId
                                                                    : Field::AliyunAccountId,
                          m_binding->accountId());
        change.instanceId = m_binding->instanceId();
        break;
    case SettlementMethod::Aws:
    case SettlementMethod::Azure:
        change.subscriptionId = m_subscriptions->selectedId();
        break;
    case SettlementMethod::BillingCenter:
        break;
    }
    return change;
}

QList<Workspace> ChangeSettlementDialog::eligibleWorkspaces() const
{
    const SettlementChange change = target();
    QList<Workspace> eligible;
    for (const Workspace &workspace : m_workspaces) {
        if (m_eligibility.check(workspace, change, m_now).allowed())
            eligible.append(workspace);
    }
    return eligible;
}

QString ChangeSettlementDialog::blockedText() const
{
    const SettlementChange change = target();
    // Grouped by rule, and the monthly rule also by the date it lifts.
    QMap<std::pair<int, QDateTime>, QStringList> groups;
    SettlementMethod blockingMethod = SettlementMethod::BillingCenter;
    for (const Workspace &workspace : m_workspaces) {
        const auto verdict = m_eligibility.check(workspace, change, m_now);
        if (verdict.allowed())
            continue;
        if (m_workspaces.size() == 1)
            return tr("Cannot change: %1").arg(verdict.reason);
        if (verdict.rule == Rule::CloudSwitch)
            blockingMethod = workspace.settlement.method;
        groups[{int(verdict.rule), verdict.allowedFrom}].append(workspace.name);
    }
    QStringList lines;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const int count = int(it.value().size());
        const QString who = count == 1 ? tr("1 workspace (%1)").arg(it.value().constFirst())
                                       : tr("%1 workspaces").arg(QLocale().toString(count));
        const auto rule = Rule(it.key().first);
        lines.append(
            tr("• %1: %2")
                .arg(who, SettlementEligibility::reasonFor(rule, it.key().second, blockingMethod)));
    }
    if (lines.isEmpty())
        return {};
    return tr("Cannot change:") + u'\n' + lines.join(u'\n');
}

QString ChangeSettlementDialog::disabledReason(int eligibleCount) const
{
    if (eligibleCount == 0) {
        return m_workspaces.size() == 1
                   ? tr("The workspace cannot change to this method (see above).")
                   : tr("None of the workspaces can change to this method (see above).");
    }
    if (isBindingValid())
        return {};
    switch (selectedMethod()) {
    case SettlementMethod::Aliyun:
        return tr("Enter a valid Account ID and Product Instance ID to continue.");
    case SettlementMethod::Huawei:
        return tr("Enter a valid Account ID and Instance ID to continue.");
    case SettlementMethod::Aws:
    case SettlementMethod::Azure:
        return m_subscriptions->reason();
    case SettlementMethod::BillingCenter:
        break;
    }
    return {};
}

bool ChangeSettlementDialog::isBindingValid() const
{
    const SettlementMethod method = selectedMethod();
    if (MarketplaceBindingController::handles(method))
        return m_binding->isValid();
    if (SubscriptionPickerController::handles(method))
        return m_subscriptions->isValid();
    return true;
}

void ChangeSettlementDialog::showBindingFor(SettlementMethod method)
{
    const bool typed = MarketplaceBindingController::handles(method);
    const bool claimed = SubscriptionPickerController::handles(method);
    if (typed) {
        m_binding->setMarketplace(method);
        m_bindingBox->setTitle(method == SettlementMethod::Huawei ? tr("Huawei Cloud account")
                                                                  : tr("Alibaba Cloud account"));
    }
    if (claimed) {
        m_subscriptions->setMarketplace(method);
        m_subscriptionBox->setTitle(method == SettlementMethod::Azure ? tr("Azure subscription")
                                                                      : tr("AWS subscription"));
    }
    m_bindingBox->setVisible(typed);
    m_subscriptionBox->setVisible(claimed);
}

void ChangeSettlementDialog::reloadSubscriptions()
{
    if (SubscriptionPickerController::handles(selectedMethod()))
        m_subscriptions->reload();
}

void ChangeSettlementDialog::refresh()
{
    showBindingFor(selectedMethod());
    const QString blocked = blockedText();
    m_blocked->setText(blocked);
    m_blocked->setVisible(!blocked.isEmpty());

    const int eligible = int(eligibleWorkspaces().size());
    const QString reason = disabledReason(eligible);
    m_disabledReason->setText(reason);
    m_disabledReason->setVisible(!reason.isEmpty());
    m_stage->setEnabled(reason.isEmpty());
    m_apply->setEnabled(reason.isEmpty());
    if (reason.isEmpty() && m_workspaces.size() > 1) {
        m_apply->setText(tr("&Apply now to %1").arg(QLocale().toString(eligible)));
        m_stage->setText(tr("S&tage change for %1").arg(QLocale().toString(eligible)));
    } else {
        m_apply->setText(tr("&Apply now"));
        m_stage->setText(tr("S&tage change"));
    }
    // Wrapped reasons need more height than a top-level layout claims by itself.
    QMetaObject::invokeMethod(this, &ChangeSettlementDialog::growToFit, Qt::QueuedConnection);
}

void ChangeSettlementDialog::growToFit()
{
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void ChangeSettlementDialog::finish(bool applyNow)
{
    if (!isBindingValid()) {
        if (MarketplaceBindingController::handles(selectedMethod()))
            m_binding->markAllEdited();
        return;
    }
    if (eligibleWorkspaces().isEmpty())
        return;
    m_applyNow = applyNow;
    QDialog::accept();
}

} // namespace billing
