#pragma once

#include "SettlementMethod.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace billing {

class BillingClient;
class SandboxClock;
class SandboxMarketTab;

// Sandbox markets: one tab per marketplace playing its console (subscribe, expire,
// unsubscribe, …, what its metering API accepted), and the sandbox clock, moved a day at a
// time so that the day is settled and its usage pushed to the markets. Only on a sandbox.
class SandboxMarketsWindow : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxMarketsWindow(BillingClient &client, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    SandboxMarketTab *tab(SettlementMethod marketplace) const;
    SandboxClock &clock() const { return *m_clock; }
    QString clockText() const;

Q_SIGNALS:
    // "Bind in Billing Desk…" with an AWS or Azure claim code.
    void bindRequested(const QString &claimCode);

private:
    void showClock(const QDateTime &now, bool advanced);

    QTabWidget *m_tabs;
    SandboxClock *m_clock;
    QPushButton *m_advance;
    QLabel *m_clockLabel;
};

} // namespace billing
