#pragma once

#include <QDialog>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace billing {

class BillingClient;
class ClaimController;
class FieldErrorLabel;
struct MarketplaceSubscription;

// Workspace → Bind marketplace subscription…: a claim code typed, pasted or brought by a
// billingdesk://claim link; the subscription it names shown; confirming makes it the
// signed-in account's. What happens is decided in ClaimController.
class ClaimDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClaimDialog(BillingClient &client, QWidget *parent = nullptr);
    ~ClaimDialog() override;

    ClaimController &controller() const { return *m_controller; }
    // Fills the code in (from a link) and looks it up.
    void openCode(const QString &code);

Q_SIGNALS:
    void claimed(const billing::MarketplaceSubscription &subscription);

private:
    void codeEdited(const QString &text);
    void lookUp();
    void update();
    void showSubscription();

    ClaimController *m_controller;
    QLabel *m_intro;
    QLineEdit *m_code;
    QPushButton *m_lookUp;
    FieldErrorLabel *m_codeError;
    QGroupBox *m_preview;
    QLabel *m_marketplace;
    QLabel *m_subscriptionId;
    QLabel *m_customer;
    QLabel *m_plan;
    QLabel *m_status;
    QLabel *m_progress;
    FieldErrorLabel *m_error;
    QLabel *m_success;
    QDialogButtonBox *m_buttons;
    QPushButton *m_claim;
};

} // namespace billing
