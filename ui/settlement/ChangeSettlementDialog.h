#pragma once

#include "Branding.h"
#include "SettlementChange.h"
#include "SettlementEligibility.h"
#include "Workspace.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;

namespace billing {

class MarketplaceBindingController;
class MarketplaceBindingWidget;
class BillingClient;
class SettlementMethodPicker;

// "Change settlement", as the Billing Center's own dialog: the workspace (or a summary of
// many), its current method, the methods its site offers, the Alibaba Cloud binding (the
// widget the registration wizard uses), why rows cannot change, and "Stage change" or
// "Apply now". It decides nothing itself: SettlementEligibility and the binding controller do.
class ChangeSettlementDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeSettlementDialog(BillingClient &client, const Branding &branding,
                           const QList<Workspace> &workspaces, const QDateTime &now, bool sandbox,
                           QWidget *parent = nullptr);
    ~ChangeSettlementDialog() override;

    // The chosen method (+ normalised IDs for Aliyun); workspaceId empty, no expectedVersion.
    SettlementChange target() const;
    // The workspaces the chosen target is allowed for.
    QList<Workspace> eligibleWorkspaces() const;
    // "Apply now" was chosen rather than "Stage change".
    bool applyNow() const { return m_applyNow; }

    SettlementMethod selectedMethod() const;
    void setSelectedMethod(SettlementMethod method);
    MarketplaceBindingController &bindingController() const { return *m_binding; }

private:
    QWidget *createSummary();
    QWidget *createMethodChoice();
    void refresh();
    void growToFit();
    QString blockedText() const;
    QString disabledReason(int eligibleCount) const;
    void finish(bool applyNow);

    const QList<Workspace> m_workspaces;
    const QDateTime m_now;
    SettlementEligibility m_eligibility;
    MarketplaceBindingController *m_binding;
    MarketplaceBindingWidget *m_bindingWidget = nullptr;
    QWidget *m_bindingBox = nullptr;
    SettlementMethodPicker *m_methods = nullptr;
    QLabel *m_blocked = nullptr;
    QLabel *m_disabledReason = nullptr;
    QPushButton *m_stage = nullptr;
    QPushButton *m_apply = nullptr;
    bool m_applyNow = false;
};

} // namespace billing
