#pragma once

#include "Branding.h"
#include "SettlementChange.h"
#include "SettlementEligibility.h"
#include "Workspace.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

class QGroupBox;
class QLabel;
class QPushButton;

namespace billing {

class MarketplaceBindingController;
class MarketplaceBindingWidget;
class BillingClient;
class SettlementMethodPicker;
class SubscriptionPickerController;
class SubscriptionPickerWidget;

// "Change settlement", as the Billing Center's own dialog: the workspace (or a summary of
// many), its current method, the methods its site offers, the method's binding (the Alibaba
// Cloud / Huawei Cloud IDs, as in the registration wizard, or a claimed AWS / Azure
// subscription), why rows cannot change, and "Stage change" or "Apply now". It decides
// nothing itself: SettlementEligibility and the binding controllers do.
class ChangeSettlementDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeSettlementDialog(BillingClient &client, const Branding &branding,
                           const QList<Workspace> &workspaces, const QDateTime &now, bool sandbox,
                           QWidget *parent = nullptr);
    ~ChangeSettlementDialog() override;

    // The chosen method and its binding fields (normalised); workspaceId empty, no
    // expectedVersion.
    SettlementChange target() const;
    // The workspaces the chosen target is allowed for.
    QList<Workspace> eligibleWorkspaces() const;
    // "Apply now" was chosen rather than "Stage change".
    bool applyNow() const { return m_applyNow; }

    SettlementMethod selectedMethod() const;
    void setSelectedMethod(SettlementMethod method);
    MarketplaceBindingController &bindingController() const { return *m_binding; }
    SubscriptionPickerController &subscriptionPicker() const { return *m_subscriptions; }

public Q_SLOTS:
    // Lists the claimed subscriptions again (after the claim dialog bound one).
    void reloadSubscriptions();

Q_SIGNALS:
    // "Bind marketplace subscription…": the main window opens the claim dialog and calls
    // reloadSubscriptions() once a subscription was claimed.
    void claimRequested(billing::SettlementMethod marketplace);

private:
    QWidget *createSummary();
    QWidget *createMethodChoice();
    void refresh();
    void growToFit();
    QString blockedText() const;
    QString disabledReason(int eligibleCount) const;
    bool isBindingValid() const;
    void showBindingFor(SettlementMethod method);
    void finish(bool applyNow);

    const QList<Workspace> m_workspaces;
    const QDateTime m_now;
    SettlementEligibility m_eligibility;
    MarketplaceBindingController *m_binding;
    MarketplaceBindingWidget *m_bindingWidget = nullptr;
    QGroupBox *m_bindingBox = nullptr;
    SubscriptionPickerController *m_subscriptions;
    QGroupBox *m_subscriptionBox = nullptr;
    SettlementMethodPicker *m_methods = nullptr;
    QLabel *m_blocked = nullptr;
    QLabel *m_disabledReason = nullptr;
    QPushButton *m_stage = nullptr;
    QPushButton *m_apply = nullptr;
    bool m_applyNow = false;
};

} // namespace billing
