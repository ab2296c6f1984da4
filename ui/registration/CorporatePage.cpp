#include "CorporatePage.h"

#include "Branding.h"
#include "SubmissionStatusWidget.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace billing {

CorporatePage::CorporatePage(RegistrationController &controller, const Branding &branding,
                             QWidget *parent)
    : RegistrationPage(controller, RegistrationStep::Corporate, parent)
{
    using Field = RegistrationField;
    setTitle(tr("Corporate information"));
    setSubTitle(tr("Step 2 of 4: who the account belongs to. Going on creates the account."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Create &account"));

    QLineEdit *company = createLineEdit(Field::Company, QStringLiteral("companyLineEdit"));
    company->setAccessibleName(tr("Company name"));
    company->setPlaceholderText(tr("As on your invoices"));

    auto *terms = new QLabel(this);
    terms->setObjectName(QStringLiteral("termsLabel"));
    terms->setTextFormat(Qt::RichText);
    terms->setOpenExternalLinks(true);
    terms->setWordWrap(true);
    terms->setText(tr("Please read the <a href=\"%1\">%2 terms of service</a>.")
                       .arg(branding.termsUrl.toString(QUrl::FullyEncoded),
                            branding.brandName.toHtmlEscaped()));
    QCheckBox *accept = createCheckBox(Field::AcceptTerms, QStringLiteral("acceptTermsCheckBox"));
    accept->setText(tr("I have read and &accept the terms of service"));
    accept->setAccessibleName(tr("Accept the terms of service"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addFieldRow(form, tr("&Company:"), company, Field::Company);
    form->addRow(QString(), terms);
    addFieldRow(form, QString(), accept, Field::AcceptTerms);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(
        new SubmissionStatusWidget(controller, RegistrationController::Request::Account, this));
}

} // namespace billing
