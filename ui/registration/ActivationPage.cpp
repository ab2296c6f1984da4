#include "ActivationPage.h"

#include "Branding.h"
#include "MarketplaceBindingWidget.h"
#include "MarketplaceHelpDialog.h"
#include "SettlementMethodPicker.h"
#include "SubmissionStatusWidget.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace billing {
namespace {
using Field = RegistrationField;

QString methodText(SettlementMethod method)
{
    switch (method) {
    case SettlementMethod::BillingCenter:
        return ActivationPage::tr("Billing Center account");
    case SettlementMethod::Aliyun:
        return ActivationPage::tr("Alibaba Cloud Market");
    case SettlementMethod::Aws:
        return ActivationPage::tr("AWS Marketplace");
    case SettlementMethod::Huawei:
        return ActivationPage::tr("Huawei Cloud KooGallery");
    case SettlementMethod::Azure:
        return ActivationPage::tr("Azure Marketplace");
    }
    return {};
}

QList<SettlementMethodPicker::Option> pickerOptions(const RegistrationForm &form)
{
    QList<SettlementMethodPicker::Option> options;
    for (const RegistrationForm::MethodOption &option : form.methodOptions()) {
        const QString text = methodText(option.method);
        options.append(
            {.method = option.method,
             .text = option.enabled ? text : ActivationPage::tr("%1 (%2)").arg(text, option.note),
             .accessibleName = text,
             .enabled = option.enabled,
             .toolTip = option.note});
    }
    return options;
}
} // namespace

ActivationPage::ActivationPage(RegistrationController &controller, const Branding &branding,
                               QWidget *parent)
    : RegistrationPage(controller, RegistrationStep::Activation, parent)
    , m_chinese(new QRadioButton(tr("Chinese"), this))
    , m_english(new QRadioButton(tr("English"), this))
    , m_binding(new MarketplaceBindingWidget(controller.binding(), branding, this))
    , m_branding(branding)
{
    setTitle(tr("Activation"));
    setSubTitle(tr("Step 3 of 4: your first workspace and how it is paid for."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Activate"));

    QLineEdit *name = createLineEdit(Field::WorkspaceName, QStringLiteral("workspaceNameLineEdit"));
    name->setAccessibleName(tr("Workspace name"));
    name->setPlaceholderText(tr("e.g. Production monitoring"));

    m_chinese->setObjectName(QStringLiteral("languageChineseRadioButton"));
    m_chinese->setAccessibleName(tr("Workspace language: Chinese"));
    m_english->setObjectName(QStringLiteral("languageEnglishRadioButton"));
    m_english->setAccessibleName(tr("Workspace language: English"));
    auto *languageNote = new QLabel(tr("The language cannot be changed after the workspace is "
                                       "created."),
                                    this);
    languageNote->setObjectName(QStringLiteral("languageNoteLabel"));
    languageNote->setWordWrap(true);
    auto *languageBox = new QWidget(this);
    auto *languageLayout = new QHBoxLayout(languageBox);
    languageLayout->setContentsMargins(0, 0, 0, 0);
    languageLayout->addWidget(m_chinese);
    languageLayout->addWidget(m_english);
    languageLayout->addWidget(languageNote, 1);
    connect(m_chinese, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            form().setText(Field::Language, QStringLiteral("zh"));
    });
    connect(m_english, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            form().setText(Field::Language, QStringLiteral("en"));
    });

    m_createBillingCenter = new QCheckBox(
        tr("Also create the %1 Billing Center account, with the same username and password")
            .arg(branding.brandName),
        this);
    m_createBillingCenter->setObjectName(QStringLiteral("createBillingCenterAccountCheckBox"));
    m_createBillingCenter->setAccessibleName(tr("Create a Billing Center account"));
    connect(m_createBillingCenter, &QCheckBox::toggled, &form(),
            &RegistrationForm::setCreateBillingCenterAccount);
    QCheckBox *agree =
        createCheckBox(Field::AgreeActivation, QStringLiteral("agreeActivationCheckBox"));
    agree->setText(tr("I agree to the terms of service for this workspace"));
    agree->setAccessibleName(tr("Agree to the terms"));

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addFieldRow(fields, tr("&Workspace name:"), name, Field::WorkspaceName);
    fields->addRow(tr("Language:"), languageBox);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(createMethodBox());
    layout->addWidget(m_createBillingCenter);
    layout->addWidget(withError(agree, Field::AgreeActivation));
    layout->addStretch(1);
    layout->addWidget(
        new SubmissionStatusWidget(controller, RegistrationController::Request::Workspace, this));

    connect(&form(), &RegistrationForm::optionsChanged, this, &ActivationPage::showOptions);
    showOptions();
}

QWidget *ActivationPage::createMethodBox()
{
    auto *box = new QGroupBox(tr("Activation method"), this);
    box->setObjectName(QStringLiteral("activationMethodGroupBox"));
    // Two columns: the methods that work first, the others after them.
    m_methods = new SettlementMethodPicker(2, box);
    m_methods->setOptions(pickerOptions(form()));
    connect(m_methods, &SettlementMethodPicker::methodChanged, &form(),
            &RegistrationForm::setMethod);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_methods);
    layout->addWidget(m_binding);
    layout->addWidget(createClaimBox());
    return box;
}

QWidget *ActivationPage::createClaimBox()
{
    m_claim = new QWidget(this);
    m_claim->setObjectName(QStringLiteral("claimCodeWidget"));
    m_claimNote = new QLabel(m_claim);
    m_claimNote->setObjectName(QStringLiteral("claimNoteLabel"));
    m_claimNote->setWordWrap(true);
    QLineEdit *code = createLineEdit(Field::ClaimCode, QStringLiteral("claimCodeLineEdit"));
    code->setParent(m_claim);
    code->setAccessibleName(tr("Claim code"));
    code->setPlaceholderText(QStringLiteral("XXXX-XXXX"));
    m_claimed = new QLabel(m_claim);
    m_claimed->setObjectName(QStringLiteral("claimedSubscriptionLabel"));
    m_claimed->setWordWrap(true);
    m_claimed->setTextFormat(Qt::PlainText);
    auto *help = new QPushButton(tr("How do I subscribe?"), m_claim);
    help->setObjectName(QStringLiteral("claimHelpButton"));
    help->setAccessibleName(tr("How do I subscribe?"));
    help->setFlat(true);
    help->setIcon(style()->standardIcon(QStyle::SP_MessageBoxQuestion));
    connect(help, &QPushButton::clicked, this, &ActivationPage::showClaimHelp);

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addFieldRow(fields, tr("&Claim code:"), code, Field::ClaimCode);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_claimed, 1);
    actions->addWidget(help, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(m_claim);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_claimNote);
    layout->addLayout(fields);
    layout->addLayout(actions);
    connect(&controller(), &RegistrationController::submissionChanged, this,
            &ActivationPage::showOptions);
    return m_claim;
}

MarketplaceHelpDialog *ActivationPage::claimHelpDialog() const
{
    return m_claimHelp;
}

void ActivationPage::showClaimHelp()
{
    if (!m_claimHelp) {
        m_claimHelp = new MarketplaceHelpDialog(m_branding, form().method(), this);
        m_claimHelp->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_claimHelp->setMarketplace(form().method());
    m_claimHelp->show();
    m_claimHelp->raise();
    m_claimHelp->activateWindow();
}

void ActivationPage::showOptions()
{
    const bool zh = form().text(Field::Language) == u"zh";
    (zh ? m_chinese : m_english)->setChecked(true);
    m_methods->setOptions(pickerOptions(form()));
    m_methods->setMethod(form().method());
    const SettlementMethod method = form().method();
    m_binding->setVisible(MarketplaceBindingController::handles(method));
    const bool claimed = method == SettlementMethod::Aws || method == SettlementMethod::Azure;
    m_claim->setVisible(claimed);
    const QString market =
        method == SettlementMethod::Azure ? tr("Azure Marketplace") : tr("AWS Marketplace");
    m_claimNote->setText(tr("Subscribe to %1 in %2 first: its page then shows a claim code. "
                            "Paste the code here; Activate claims the subscription for your "
                            "account and settles the workspace through it.")
                             .arg(m_branding.brandName, market));
    const auto &subscription = controller().claimedSubscription();
    const bool shown = claimed && subscription && subscription->marketplace == method;
    m_claimed->setText(shown ? tr("Claimed: subscription %1.").arg(subscription->instanceId)
                             : QString());
    m_createBillingCenter->setChecked(form().createBillingCenterAccount());
}

} // namespace billing
