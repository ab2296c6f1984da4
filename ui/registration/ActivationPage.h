#pragma once

#include "Branding.h"
#include "RegistrationPage.h"

#include <QPointer>

class QLabel;
class QRadioButton;

namespace billing {

class MarketplaceBindingWidget;
class MarketplaceHelpDialog;
class SettlementMethodPicker;

// Step 3: workspace name and language, activation method, for Alibaba Cloud and Huawei Cloud
// the binding form, for AWS and Azure the claim code, the Billing Center account checkbox,
// agreement and "Activate".
class ActivationPage : public RegistrationPage
{
    Q_OBJECT

public:
    ActivationPage(RegistrationController &controller, const Branding &branding,
                   QWidget *parent = nullptr);

    MarketplaceBindingWidget *bindingWidget() const { return m_binding; }
    MarketplaceHelpDialog *claimHelpDialog() const;

private:
    QWidget *createMethodBox();
    QWidget *createClaimBox();
    void showClaimHelp();
    void showOptions();

    QRadioButton *m_chinese;
    QRadioButton *m_english;
    SettlementMethodPicker *m_methods = nullptr;
    MarketplaceBindingWidget *m_binding;
    Branding m_branding;
    QWidget *m_claim = nullptr;
    QLabel *m_claimNote = nullptr;
    QLabel *m_claimed = nullptr;
    QPointer<MarketplaceHelpDialog> m_claimHelp;
    QCheckBox *m_createBillingCenter;
};

} // namespace billing
