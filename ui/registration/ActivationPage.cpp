#include "ActivationPage.h"

#include "MarketplaceBindingWidget.h"
#include "Branding.h"
#include "SettlementMethodPicker.h"
#include "SubmissionStatusWidget.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
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
    return box;
}

void ActivationPage::showOptions()
{
    const bool zh = form().text(Field::Language) == u"zh";
    (zh ? m_chinese : m_english)->setChecked(true);
    m_methods->setOptions(pickerOptions(form()));
    m_methods->setMethod(form().method());
    m_binding->setVisible(form().method() == SettlementMethod::Aliyun);
    m_createBillingCenter->setChecked(form().createBillingCenterAccount());
}

} // namespace billing
