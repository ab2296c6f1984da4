#pragma once

#include "Branding.h"
#include "RegistrationPage.h"

class QLabel;

namespace billing {

// Step 4: what was created and where to log in, with a button that logs in at once.
class DonePage : public RegistrationPage
{
    Q_OBJECT

public:
    DonePage(RegistrationController &controller, const Branding &branding,
             QWidget *parent = nullptr);

    void initializePage() override;

Q_SIGNALS:
    void loginRequested();

private:
    QString summaryHtml() const;

    Branding m_branding;
    QLabel *m_summary;
};

} // namespace billing
