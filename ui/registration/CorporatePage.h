#pragma once

#include "RegistrationPage.h"

namespace billing {

struct Branding;

// Step 2: company name and the terms of service. Leaving it creates the account.
class CorporatePage : public RegistrationPage
{
    Q_OBJECT

public:
    CorporatePage(RegistrationController &controller, const Branding &branding,
                  QWidget *parent = nullptr);
};

} // namespace billing
