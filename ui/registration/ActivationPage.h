#pragma once

#include "RegistrationPage.h"

class QRadioButton;

namespace billing {

class MarketplaceBindingWidget;
class SettlementMethodPicker;
struct Branding;

// Step 3: workspace name and language, activation method, for Alibaba Cloud the binding
// form, the Billing Center account checkbox, agreement and "Activate".
class ActivationPage : public RegistrationPage
{
    Q_OBJECT

public:
    ActivationPage(RegistrationController &controller, const Branding &branding,
                   QWidget *parent = nullptr);

    MarketplaceBindingWidget *bindingWidget() const { return m_binding; }

private:
    QWidget *createMethodBox();
    void showOptions();

    QRadioButton *m_chinese;
    QRadioButton *m_english;
    SettlementMethodPicker *m_methods = nullptr;
    MarketplaceBindingWidget *m_binding;
    QCheckBox *m_createBillingCenter;
};

} // namespace billing
