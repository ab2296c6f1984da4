#pragma once

#include "SettlementMethod.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace billing {

class BillingClient;
class FieldErrorLabel;
class SandboxMarketConsole;
class SandboxMeteringPanel;
class SandboxSubscribeForm;
class SandboxSubscriptionPanel;

// One marketplace's console in the Sandbox markets window: subscribe as a buyer, the
// subscriptions made here with the marketplace's actions, what to take to Billing Desk
// (claim code or IDs) and what its metering API accepted.
class SandboxMarketTab : public QWidget
{
    Q_OBJECT

public:
    SandboxMarketTab(BillingClient &client, SettlementMethod marketplace,
                     QWidget *parent = nullptr);

    SandboxMarketConsole &console() const { return *m_console; }
    SandboxSubscribeForm *form() const { return m_form; }
    QTableView *table() const { return m_table; }
    SandboxSubscriptionPanel *subscriptionPanel() const { return m_panel; }
    SandboxMeteringPanel *meteringPanel() const { return m_metering; }
    QString statusText() const;

Q_SIGNALS:
    void bindRequested(const QString &claimCode);

private:
    QWidget *createSubscriptionsBox();
    QString selectedId() const;
    void selectionChanged();
    void updateActions();
    void showMessage(const QString &text, bool error);

    SandboxMarketConsole *m_console;
    SandboxSubscribeForm *m_form;
    QTableView *m_table;
    QList<QPushButton *> m_actions;
    QPushButton *m_refresh;
    SandboxSubscriptionPanel *m_panel;
    SandboxMeteringPanel *m_metering;
    QLabel *m_status;
    FieldErrorLabel *m_error;
};

} // namespace billing
