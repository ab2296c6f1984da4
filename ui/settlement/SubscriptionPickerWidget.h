#pragma once

#include "Branding.h"
#include "SettlementMethod.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace billing {

class MarketplaceHelpDialog;
class SubscriptionPickerController;

// The AWS / Azure binding of the change-settlement dialog: a combo of the subscriptions of
// that marketplace the account has claimed (only opened ones can be chosen), a clear note
// when there is none, "Bind marketplace subscription…" (the claim dialog: whoever embeds
// the widget connects claimRequested) and "How do I subscribe?".
class SubscriptionPickerWidget : public QWidget
{
    Q_OBJECT

public:
    SubscriptionPickerWidget(SubscriptionPickerController &controller, const Branding &branding,
                             QWidget *parent = nullptr);

    MarketplaceHelpDialog *helpDialog() const;

public Q_SLOTS:
    void showHelp();

Q_SIGNALS:
    // "Bind marketplace subscription…" was clicked for this marketplace.
    void claimRequested(billing::SettlementMethod marketplace);

private:
    void showList();
    void showSelection();

    SubscriptionPickerController &m_controller;
    Branding m_branding;
    QComboBox *m_combo;
    QLabel *m_empty;
    QLabel *m_status;
    QPushButton *m_claim;
    QPointer<MarketplaceHelpDialog> m_help;
};

} // namespace billing
