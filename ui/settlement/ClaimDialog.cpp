#include "ClaimDialog.h"

#include "ClaimController.h"
#include "FieldErrorLabel.h"
#include "SubscriptionText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace billing {
namespace {
QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

ClaimDialog::ClaimDialog(BillingClient &client, QWidget *parent)
    : QDialog(parent)
    , m_controller(new ClaimController(client, this))
    , m_intro(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_lookUp(new QPushButton(tr("&Look up"), this))
    , m_codeError(new FieldErrorLabel(this))
    , m_preview(new QGroupBox(tr("Subscription"), this))
    , m_marketplace(valueLabel(m_preview, QStringLiteral("marketplaceLabel")))
    , m_subscriptionId(valueLabel(m_preview, QStringLiteral("subscriptionIdLabel")))
    , m_customer(valueLabel(m_preview, QStringLiteral("customerLabel")))
    , m_plan(valueLabel(m_preview, QStringLiteral("planLabel")))
    , m_status(valueLabel(m_preview, QStringLiteral("statusLabel")))
    , m_progress(new QLabel(this))
    , m_error(new FieldErrorLabel(this))
    , m_success(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_claim(m_buttons->addButton(tr("&Bind to my account"), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("claimDialog"));
    setWindowTitle(tr("Bind marketplace subscription"));
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("After you subscribe on AWS Marketplace or Azure Marketplace, its page "
                        "shows a claim code. Enter the code here to make the subscription "
                        "yours; workspaces can then be settled through it."));

    m_code->setObjectName(QStringLiteral("claimCodeLineEdit"));
    m_code->setAccessibleName(tr("Claim code"));
    m_code->setPlaceholderText(tr("XXXX-XXXX"));
    m_code->setMaxLength(24); // room for a pasted code with spaces
    m_codeError->setObjectName(QStringLiteral("claimCodeErrorLabel"));
    m_codeError->setBuddyInput(m_code);
    m_lookUp->setObjectName(QStringLiteral("lookUpButton"));
    m_lookUp->setAutoDefault(false);

    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_lookUp);
    auto *codeForm = new QFormLayout;
    auto *codeLabel = new QLabel(tr("Claim &code:"), this);
    codeLabel->setBuddy(m_code);
    codeForm->addRow(codeLabel, codeRow);
    codeForm->addRow(QString(), m_codeError);

    m_preview->setObjectName(QStringLiteral("subscriptionGroup"));
    auto *previewForm = new QFormLayout(m_preview);
    previewForm->addRow(tr("Marketplace:"), m_marketplace);
    previewForm->addRow(tr("Subscription ID:"), m_subscriptionId);
    previewForm->addRow(tr("Customer:"), m_customer);
    previewForm->addRow(tr("Plan:"), m_plan);
    previewForm->addRow(tr("Status:"), m_status);

    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_error->setObjectName(QStringLiteral("claimErrorLabel"));
    m_success->setObjectName(QStringLiteral("successLabel"));
    m_success->setWordWrap(true);
    m_claim->setObjectName(QStringLiteral("claimButton"));
    m_claim->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(codeForm);
    layout->addWidget(m_preview);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_success);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_code, &QLineEdit::textEdited, this, &ClaimDialog::codeEdited);
    connect(m_code, &QLineEdit::returnPressed, this, &ClaimDialog::lookUp);
    connect(m_lookUp, &QPushButton::clicked, this, &ClaimDialog::lookUp);
    connect(m_claim, &QPushButton::clicked, m_controller, &ClaimController::claim);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_controller, &ClaimController::changed, this, &ClaimDialog::update);
    connect(m_controller, &ClaimController::claimed, this, &ClaimDialog::claimed);
    update();
}

ClaimDialog::~ClaimDialog() = default;

void ClaimDialog::openCode(const QString &code)
{
    m_code->setText(m_controller->setCode(code));
    m_controller->preview();
}

void ClaimDialog::codeEdited(const QString &text)
{
    const int fromEnd = int(text.size()) - m_code->cursorPosition();
    const QString shown = m_controller->setCode(text);
    if (shown != text) {
        m_code->setText(shown);
        m_code->setCursorPosition(std::max(0, int(shown.size()) - fromEnd));
    }
    // A complete code is looked up at once: pasting is the common case.
    if (m_controller->code().ok())
        m_controller->preview();
}

void ClaimDialog::lookUp()
{
    // In the other states the default button (bind) is what Enter means.
    if (m_controller->state() == ClaimController::State::Editing)
        m_controller->preview();
}

void ClaimDialog::update()
{
    using State = ClaimController::State;
    const ClaimController &c = *m_controller;
    const State state = c.state();
    const bool claimed = state == State::Claimed;
    m_code->setReadOnly(c.isBusy() || claimed);
    m_lookUp->setEnabled(c.canPreview() && state == State::Editing);
    m_lookUp->setText(c.canRetry() && state == State::Editing ? tr("&Try again") : tr("&Look up"));
    m_codeError->setMessage(c.codeError());
    m_error->setMessage(c.error());
    m_claim->setEnabled(c.canClaim());
    m_claim->setVisible(!claimed);
    m_claim->setText(c.canRetry() ? tr("Try &binding again") : tr("&Bind to my account"));
    m_progress->setVisible(c.isBusy());
    m_progress->setText(state == State::Claiming ? tr("Binding the subscription to your account…")
                                                 : tr("Looking the code up…"));
    showSubscription();
    m_success->setVisible(claimed);
    if (claimed)
        m_success->setText(
            tr("%1 subscription %2 is now yours; bind workspaces to it in Change settlement…")
                .arg(SubscriptionText::cloud(c.subscription().marketplace),
                     c.subscription().instanceId));
}

void ClaimDialog::showSubscription()
{
    const MarketplaceSubscription &s = m_controller->subscription();
    const ClaimController::State state = m_controller->state();
    const bool shown = state == ClaimController::State::Previewed
                       || state == ClaimController::State::Claiming
                       || state == ClaimController::State::Claimed;
    m_preview->setVisible(shown);
    if (!shown)
        return;
    m_marketplace->setText(SubscriptionText::marketplace(s.marketplace));
    m_subscriptionId->setText(s.instanceId);
    m_customer->setText(SubscriptionText::customer(s));
    const QString plan = s.planId.isEmpty() ? s.productCode : s.planId;
    m_plan->setText(plan.isEmpty() ? tr("—") : plan);
    m_status->setText(SubscriptionText::status(s.status));
}

} // namespace billing
